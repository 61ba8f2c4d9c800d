package org.jointcase.persistence;

import java.sql.Connection;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/** Which database the application runs on: PostgreSQL in production and the tests, H2 for the embedded try-out. */
public final class Databases {

	private Databases() {
	}

	public static boolean isPostgreSql(DataSource dataSource) {
		return new JdbcTemplate(dataSource).execute((Connection c) -> c.getMetaData().getDatabaseProductName())
			.toLowerCase(Locale.ROOT)
			.contains("postgres");
	}
}
