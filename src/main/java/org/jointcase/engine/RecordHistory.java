package org.jointcase.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine keeps the history the record pages read and nothing Jointcase's own records already keep: the process
 * instances (a record's process is found by business key), activity instances (the steps passed and current), task
 * instances and their candidate groups (who acted when, for whom), and incidents — what {@link ProcessTraces} reads.
 * Variable values and their every change ({@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL}) and the log of each timer
 * job ({@code ACT_HI_JOB_LOG}) are not written: each decision, its actor and its reason are the records' own steps
 * (the transfer's, request's and review's step tables), the deadlines the inbox rows, their notices the notice table,
 * and failing jobs are read from the runtime tables while they fail. Those three were two thirds of the history rows
 * of a lead transfer.
 *
 * <p>The history level stays {@code full} in configuration and database, so that the engine's own checks, history
 * cleanup and any engine pointed at the same database agree; what is left out is left out where it is written.
 */
@Component
class RecordHistory extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryEventHandler(new DbHistoryEventHandler() {
			@Override
			public void handleEvent(HistoryEvent event) {
				if (!(event instanceof HistoricDetailEventEntity) && !(event instanceof HistoricJobLogEvent)) {
					super.handleEvent(event);
				}
			}
		});
	}
}
