package org.jointcase.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;
import org.springframework.stereotype.Component;

/**
 * Creates Camunda's tables with the SQL scripts Camunda publishes inside its engine jar
 * ({@code org/camunda/bpm/engine/db/create/activiti.<database>.create.<part>.sql}), as a Flyway migration run by the
 * tables' owner, in the order the engine itself runs them; the engine then only checks its schema
 * ({@code camunda.bpm.database.schema-update: false}) and the application's role needs no right to create tables.
 * A database where the engine already created its tables (the engine table {@code ACT_GE_PROPERTY} exists) is left
 * as it is. A new Camunda version brings its upgrade scripts ({@code db/upgrade/}), applied by a later migration.
 */
@Component
class CamundaSchema implements JavaMigration {

	/** The engine's parts in the engine's own order: its runtime, history, identity, CMMN and DMN tables. */
	private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
			"decision.engine", "decision.history");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("135");
	}

	@Override
	public String getDescription() {
		return "camunda schema";
	}

	/** None: the scripts are the engine's, checked by the engine at every start against its version. */
	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException, IOException {
		Connection connection = context.getConnection();
		if (engineTablesExist(connection)) {
			return;
		}
		String database = switch (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)) {
			case "postgresql" -> "postgres";
			case "h2" -> "h2";
			default -> throw new IllegalStateException("Jointcase runs on PostgreSQL or H2, not on "
					+ connection.getMetaData().getDatabaseProductName());
		};
		try (Statement statement = connection.createStatement()) {
			for (String part : PARTS) {
				for (String sql : statements(script(database, part))) {
					statement.execute(sql);
				}
			}
		}
	}

	private static boolean engineTablesExist(Connection connection) throws SQLException {
		for (String name : new String[] { "ACT_GE_PROPERTY", "act_ge_property" }) {
			try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	private static String script(String database, String part) throws IOException {
		String name = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part + ".sql";
		try (InputStream script = ProcessEngine.class.getClassLoader().getResourceAsStream(name)) {
			if (script == null) {
				throw new IllegalStateException("The engine jar has no " + name);
			}
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The script's statements as the engine splits them: comment lines left out, one statement per semicolon. */
	private static List<String> statements(String script) {
		String code = script.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
		return Arrays.stream(code.split(";")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
	}

	/**
	 * Builds the engine after the migrations, which it needs: Spring Boot orders a bean after Flyway when a detector
	 * such as this one names it (registered in {@code META-INF/spring.factories}).
	 */
	public static final class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

		@Override
		protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
			return Set.of(ProcessEngine.class);
		}
	}
}
