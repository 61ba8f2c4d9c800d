package org.jointcase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL database the tests run on: {@code localhost:5432/test} as {@code postgres} without password, or the
 * one named by {@code JOINTCASE_TEST_DB_URL}, {@code _USER} and {@code _PASSWORD}. The tests own it: its
 * {@code public} schema is emptied once per test run, so that every run starts from an empty database.
 *
 * <p>As in production, two roles: Flyway migrates as that user, who owns Jointcase's tables, and the application
 * connects as {@link #APPLICATION_ROLE}, created here when missing, which owns none of them and creates none: Flyway
 * creates Camunda's tables too ({@code engine.CamundaSchema}), as in production.
 */
public final class TestDatabase {

	static final String URL = env("JOINTCASE_TEST_DB_URL", "jdbc:postgresql://localhost:5432/test");
	static final String USER = env("JOINTCASE_TEST_DB_USER", "postgres");
	static final String PASSWORD = env("JOINTCASE_TEST_DB_PASSWORD", "");
	public static final String APPLICATION_ROLE = "jointcase_app";
	static final String APPLICATION_PASSWORD = "jointcase_app";

	static final String UNAVAILABLE = """
			No PostgreSQL for the tests at %s (user %s). Start one there (on this machine: \
			pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), or name another with \
			JOINTCASE_TEST_DB_URL, JOINTCASE_TEST_DB_USER and JOINTCASE_TEST_DB_PASSWORD. \
			The tests empty that database's public schema.""";

	private static boolean emptied;

	/** Checkpoints of this run's trail: a fresh folder, as the database starts empty. */
	public static final String CHECKPOINTS = freshFolder();

	private static String freshFolder() {
		try {
			return java.nio.file.Files.createTempDirectory("jointcase-audit-checkpoints").toString();
		}
		catch (java.io.IOException failure) {
			throw new java.io.UncheckedIOException(failure);
		}
	}

	private TestDatabase() {
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** A connection as the owner of the tables (the migrating user). */
	public static Connection connect() throws SQLException {
		DriverManager.setLoginTimeout(5);
		return DriverManager.getConnection(URL, USER, PASSWORD);
	}

	/** A connection as the application's role, which owns no table. */
	public static Connection connectAsApplication() throws SQLException {
		DriverManager.setLoginTimeout(5);
		return DriverManager.getConnection(URL, APPLICATION_ROLE, APPLICATION_PASSWORD);
	}

	/** Fails with one message that says how to provide a database when none answers. */
	static void requireReachable() {
		try (Connection ignored = connect()) {
			// reachable
		}
		catch (SQLException unreachable) {
			throw new IllegalStateException(UNAVAILABLE.formatted(URL, USER) + " Cause: " + unreachable.getMessage());
		}
	}

	static synchronized void emptyOnce() {
		if (emptied) {
			return;
		}
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists public cascade");
			statement.execute("create schema public");
			statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APPLICATION_ROLE
					+ "') then create role " + APPLICATION_ROLE + " login password '" + APPLICATION_PASSWORD
					+ "'; end if; end $$");
			emptied = true;
		}
		catch (SQLException failure) {
			throw new IllegalStateException(UNAVAILABLE.formatted(URL, USER) + " Cause: " + failure.getMessage());
		}
	}

	/** Points a Spring Boot test context at the test database, emptied at the first context of the run. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			emptyOnce();
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("jointcase-test-database",
					Map.of("spring.datasource.url", URL, "spring.datasource.username", APPLICATION_ROLE,
							"spring.datasource.password", APPLICATION_PASSWORD, "spring.flyway.user", USER,
							"spring.flyway.password", PASSWORD, "jointcase.audit.checkpoint-dir", CHECKPOINTS,
							// The tests link and checkpoint the trail when they need to, never in the middle.
							"jointcase.audit.chain-interval", "1h", "jointcase.audit.checkpoint-interval", "1h")));
		}
	}
}
