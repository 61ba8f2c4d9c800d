package org.jointcase.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lead transfers through the HTTP API (propose, approve, read, accept; bearer tokens, policies and the audit trail on)
 * beside the raw engine: a second Camunda engine with default settings and full history on the same database and the
 * same connection pool, driving a model of the same shape ({@code bench-three-tasks}: three user tasks for candidate
 * groups) through the Java API — start, complete, read, complete. Both run closed loops at 1, 2, 4 and 8 clients,
 * interleaved (raw, HTTP, HTTP, raw per client count) after a {@code VACUUM ANALYZE}; the table gives the ratio.
 * The proxies that count SQL statements are off in those rounds and on in the count per transfer of each;
 * then the latency of task actions under an open-model load (transfers arriving at a fixed rate, half the highest
 * HTTP rate measured).
 */
@IntegrationTest
@Import(StatementCounter.Wrapping.class)
class ThroughputBenchmark {

	private static final int[] CLIENTS = { 1, 2, 4, 8 };
	private static final long ROUND_MILLIS = 6_000;
	private static final int CASES = 40_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ProcessEngineConfigurationImpl engineConfiguration;

	private static final Queue<UUID> cases = new ConcurrentLinkedQueue<>();
	private static final AtomicLong transfers = new AtomicLong();
	private static ProcessEngine raw;
	private ApiClient inspector;
	private ApiClient supervisor;
	private ApiClient target;

	/** Cases owned by Hefei market regulation to transfer, each naming its own business; the raw engine, once. */
	@BeforeEach
	void casesAndTheRawEngine() {
		inspector = ApiClient.as(port, "hefei.inspector");
		supervisor = ApiClient.as(port, "hefei.supervisor");
		target = ApiClient.as(port, "wuhu.supervisor");
		if (raw != null) {
			return;
		}
		Seeds.cases(jdbc, "TPUT-", CASES, List.of("3401-MR"), "3401-MR", 1, "TPUT", CASES);
		cases.addAll(jdbc.queryForList("select id from case_record where reference like 'TPUT-%'", UUID.class));
		raw = rawEngine();
		Seeds.vacuumAnalyze();
		round(2, 3_000, true);
		round(2, 3_000, false);
	}

	@AfterAll
	static void closeTheRawEngine() {
		if (raw != null) {
			raw.close();
			raw = null;
		}
	}

	@Test
	void statementsPerTransfer() {
		int count = 40;
		for (boolean rawEngine : new boolean[] { true, false }) {
			Map<String, Long> before = StatementCounter.snapshot();
			for (int i = 0; i < count; i++) {
				transfer(rawEngine);
			}
			StatementCounter.print(rawEngine ? "raw engine" : "HTTP API", StatementCounter.since(before), count,
					rawEngine ? 10 : 200);
		}
	}

	/**
	 * What writing only the history the record pages read gains: HTTP transfers with the engine's full history handler
	 * and with the application's ({@code engine.RecordHistory}), swapped between rounds of one run, interleaved.
	 */
	@Test
	void historyForTheRecordPagesAgainstFullHistory() {
		HistoryEventHandler recordPages = engineConfiguration.getHistoryEventHandler();
		HistoryEventHandler full = new DbHistoryEventHandler();
		double[] rates = new double[2];
		try {
			for (int round = 0; round < 4; round++) {
				boolean fullHistory = round == 0 || round == 3;
				engineConfiguration.setHistoryEventHandler(fullHistory ? full : recordPages);
				Map<String, Long> before = StatementCounter.snapshot();
				long transfersBefore = transfers.get();
				rates[fullHistory ? 0 : 1] += round(2, ROUND_MILLIS, false) / 2;
				Map<String, Long> counted = StatementCounter.since(before);
				System.out.printf("BENCHMARK history %s: %.1f statements per transfer%n",
						fullHistory ? "full" : "for the record pages",
						counted.values().stream().mapToLong(Long::longValue).sum()
								/ (double) (transfers.get() - transfersBefore));
			}
		}
		finally {
			engineConfiguration.setHistoryEventHandler(recordPages);
		}
		System.out.printf("BENCHMARK HTTP transfers/s at 2 clients: full history %.1f, for the record pages %.1f (%.2fx)%n",
				rates[0], rates[1], rates[1] / rates[0]);
	}

	@Test
	void httpTransfersBesideTheRawEngine() {
		StatementCounter.counting(false);
		try {
			sideBySide();
		}
		finally {
			StatementCounter.counting(true);
		}
	}

	private void sideBySide() {
		double[][] rates = new double[CLIENTS.length][2];
		for (int c = 0; c < CLIENTS.length; c++) {
			Seeds.vacuumAnalyze();
			double rawFirst = round(CLIENTS[c], ROUND_MILLIS, true);
			double http = round(CLIENTS[c], ROUND_MILLIS, false);
			http += round(CLIENTS[c], ROUND_MILLIS, false);
			double rawSecond = round(CLIENTS[c], ROUND_MILLIS, true);
			rates[c][0] = (rawFirst + rawSecond) / 2;
			rates[c][1] = http / 2;
			System.out.printf("BENCHMARK %d clients: raw %.1f, %.1f; HTTP %.1f (mean of two) transfers/s%n",
					CLIENTS[c], rawFirst, rawSecond, rates[c][1]);
		}
		System.out.println("BENCHMARK | clients | raw engine, transfers/s | HTTP API, transfers/s | ratio |");
		System.out.println("BENCHMARK |---|---|---|---|");
		double highest = 0;
		for (int c = 0; c < CLIENTS.length; c++) {
			System.out.printf("BENCHMARK | %d | %.1f | %.1f | %.2f |%n", CLIENTS[c], rates[c][0], rates[c][1],
					rates[c][1] / rates[c][0]);
			highest = Math.max(highest, rates[c][1]);
		}
		TransferBenchmark.atRate(inspector, supervisor, target, cases, highest / 2, 20,
				"open model at half the highest rate");
	}

	/** A second engine on the application's data source with Camunda's defaults and full history, as a baseline. */
	private ProcessEngine rawEngine() {
		ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
			.setProcessEngineName("raw-baseline")
			.setDataSource(dataSource)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false)
			.buildProcessEngine();
		engine.getRepositoryService().createDeployment().addClasspathResource("bpmn/bench-three-tasks.bpmn").deploy();
		return engine;
	}

	/** The raw engine's transfer: start with the case id, complete the first task, read the next, complete it. */
	private static void rawTransfer(ProcessEngine engine, UUID caseId) {
		RuntimeService runtime = engine.getRuntimeService();
		TaskService tasks = engine.getTaskService();
		String instance = runtime.startProcessInstanceByKey("bench-three-tasks", caseId.toString(),
				Map.of("caseId", caseId.toString())).getId();
		tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
				Map.of("approved", true));
		tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
				Map.of("accepted", true));
	}

	private void transfer(boolean rawEngine) {
		UUID caseId = cases.remove();
		if (rawEngine) {
			rawTransfer(raw, caseId);
		}
		else {
			TransferBenchmark.transfer(inspector, supervisor, target, caseId);
		}
		transfers.incrementAndGet();
	}

	/** Transfers per second of {@code clients} closed loops for {@code millis}. */
	private double round(int clients, long millis, boolean rawEngine) {
		return Latency.closedLoops(clients, millis, () -> transfer(rawEngine));
	}
}
