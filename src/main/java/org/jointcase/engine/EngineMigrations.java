package org.jointcase.engine;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Jointcase's own changes to the engine's tables (an index Camunda lacks), as Flyway migrations of
 * {@code db/migration/engine}, versioned apart in {@code flyway_engine_history}. They run once the engine has
 * created or updated its schema ({@code camunda.bpm.database.schema-update}), which is after the application's own
 * migrations, and as the application's account, which owns the engine's tables it created; the owner account that
 * runs the other migrations may not index tables it does not own.
 */
@Component
class EngineMigrations extends AbstractProcessEnginePlugin {

	static final String LOCATION = "classpath:db/migration/engine";
	static final String HISTORY_TABLE = "flyway_engine_history";

	private final DataSource dataSource;

	EngineMigrations(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations(LOCATION)
			.table(HISTORY_TABLE)
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}
}
