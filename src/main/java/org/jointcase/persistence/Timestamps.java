package org.jointcase.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants as {@code timestamp with time zone} values: the JDBC drivers of PostgreSQL and H2 both take and give
 * {@link OffsetDateTime}, not {@link Instant}.
 */
public final class Timestamps {

	private Timestamps() {
	}

	/** The parameter value for an instant; {@code null} stays {@code null}. */
	public static OffsetDateTime of(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** The instant in a column, or {@code null}. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
