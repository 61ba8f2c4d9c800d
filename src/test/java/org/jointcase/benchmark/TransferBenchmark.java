package org.jointcase.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox and task actions through the HTTP API on PostgreSQL with 100,000 open tasks across 500 agencies: real
 * open tasks of the engine (its execution, task and candidate-group rows) with their inbox rows, so that what the
 * engine does per completion over its own tables is part of the figures. Measured under open-model loads (requests
 * arriving at a fixed rate).
 */
@IntegrationTest
class TransferBenchmark {

	private static final int OPEN_TASKS = 100_000;
	private static final double TRANSFER_RATE = 2;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Test
	void inboxAndTaskActionsAt100000OpenTasks() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		ApiClient supervisor = ApiClient.as(port, "hefei.supervisor");
		ApiClient target = ApiClient.as(port, "wuhu.supervisor");
		long start = System.nanoTime();
		seedOpenTasks(OPEN_TASKS);
		Seeds.cases(jdbc, "XFER-", 2_000, List.of("3401-MR"), "3401-MR", 1, "XFER", 2_000);
		Queue<UUID> cases = new ConcurrentLinkedQueue<>(
				jdbc.queryForList("select id from case_record where reference like 'XFER-%'", UUID.class));
		System.out.printf("BENCHMARK seeded %d open tasks (engine and inbox) in %.1f s%n", OPEN_TASKS,
				(System.nanoTime() - start) / 1e9);

		Latency.measure("GET /api/tasks (warm-up)", 50, 1, () -> supervisor.get("/api/tasks?size=20").status());
		Latency.atRate("GET /api/tasks (inbox, 100k open tasks)", 20, 15,
				() -> supervisor.get("/api/tasks?size=20").status());
		Latency.atRate("GET /api/tasks?overdue=true", 20, 15,
				() -> supervisor.get("/api/tasks?size=20&overdue=true").status());
		atRate(inspector, supervisor, target, cases, TRANSFER_RATE, 30, "100k open tasks");
	}

	/**
	 * Transfers of the {@code cases} arriving at {@code perSecond} for {@code seconds} (an open model: arrivals do not
	 * wait for earlier transfers); prints how many failed and the latency of task actions, proposals and reads.
	 */
	static void atRate(ApiClient inspector, ApiClient supervisor, ApiClient target, Queue<UUID> cases,
			double perSecond, int seconds, String label) {
		Map<String, List<Double>> millis = new ConcurrentHashMap<>();
		AtomicLong failed = new AtomicLong();
		Latency.arrivals(perSecond, seconds, () -> {
			try {
				transfer(inspector, supervisor, target, cases.remove(), (step, call) -> {
					long start = System.nanoTime();
					ApiClient.Response response = call.get();
					millis.computeIfAbsent(step, key -> Collections.synchronizedList(new ArrayList<>()))
						.add((System.nanoTime() - start) / 1e6);
					return response;
				});
			}
			catch (RuntimeException failure) {
				failed.incrementAndGet();
			}
		});
		System.out.printf("BENCHMARK %s: %.1f transfers/s arriving for %d s, %d failed%n", label, perSecond, seconds,
				failed.get());
		List<Double> actions = new ArrayList<>(millis.getOrDefault("approve", List.of()));
		actions.addAll(millis.getOrDefault("accept", List.of()));
		Latency.print("task action (approve, accept), " + label, actions);
		for (String step : List.of("propose", "read")) {
			Latency.print(step + ", " + label, millis.getOrDefault(step, List.of()));
		}
	}

	/** One transfer of the case through the API: propose, approve, read the transfer, accept. */
	static void transfer(ApiClient inspector, ApiClient supervisor, ApiClient target, UUID caseId) {
		transfer(inspector, supervisor, target, caseId, (label, call) -> call.get());
	}

	/** Times a request of a transfer under a label ({@code propose}, {@code approve}, {@code read}, {@code accept}). */
	interface Timing {
		ApiClient.Response time(String label, Supplier<ApiClient.Response> call);
	}

	static void transfer(ApiClient inspector, ApiClient supervisor, ApiClient target, UUID caseId, Timing timing) {
		JsonNode proposed = timing.time("propose", () -> inspector.post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", "3402-MR", "reason", "bench"))).json();
		String approve = proposed.path("openSteps").get(0).path("id").asText();
		expect(timing.time("approve", () -> supervisor.post("/api/tasks/" + approve + "/actions/approve", Map.of())));
		String accept = timing.time("read", () -> target.get("/api/transfers/" + proposed.path("id").asText())).json()
			.path("openSteps").get(0).path("id").asText();
		expect(timing.time("accept", () -> target.post("/api/tasks/" + accept + "/actions/accept", Map.of())));
	}

	private static void expect(ApiClient.Response response) {
		if (response.status() != 204) {
			throw new IllegalStateException(response.toString());
		}
	}

	/**
	 * {@code count} open tasks for 500 agencies, one of every 500 for Hefei market regulation, half of them for
	 * inspectors and half for supervisors, due from ten days ago to twenty days ahead. One process instance of the
	 * benchmark model is started through the engine; its execution and task rows are the template the others are
	 * copied from, in the database, each with its own execution, task, candidate group and inbox row.
	 */
	private void seedOpenTasks(int count) {
		String agencies = "{" + String.join(",", Seeds.agencies(jdbc)) + "}";
		String instance = runtime.startProcessInstanceByKey("bench-three-tasks").getId();
		String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
		jdbc.update("""
				insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_,
				    act_id_, act_inst_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_,
				    cached_ent_state_, sequence_counter_, tenant_id_, proc_def_key_)
				select 'seed-' || g, rev_, 'seed-' || g, 'seed-' || g, 'seed-' || g, proc_def_id_, act_id_,
				    'seed-a-' || g, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_,
				    cached_ent_state_, sequence_counter_, tenant_id_, proc_def_key_
				from act_ru_execution, generate_series(1, ?) g where id_ = ?""", count, instance);
		jdbc.update("""
				insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_,
				    priority_, create_time_, last_updated_, suspension_state_, task_state_)
				select 'seed-t-' || g, rev_, 'seed-' || g, 'seed-' || g, proc_def_id_, name_, task_def_key_, priority_,
				    create_time_, last_updated_, suspension_state_, task_state_
				from act_ru_task, generate_series(1, ?) g where id_ = ?""", count, task);
		jdbc.update("""
				with seed as (
				    select g, case when g % 500 = 0 then '3401-MR' else (?::varchar[])[1 + (g * 7919) % 500] end agency,
				        case when g % 2 = 0 then 'inspector' else 'supervisor' end as role,
				        now() + (random() * 30 - 10) * interval '1 day' as due
				    from generate_series(1, ?) g),
				links as (
				    insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
				    select 'seed-l-' || g, 1, agency || ':' || role, 'candidate', 'seed-t-' || g from seed)
				insert into inbox_task (task_id, process_instance_id, process_key, record_id, step, step_name,
				    candidate_group, agency_code, role, created_at, due_at, reminder_at)
				select 'seed-t-' || g, 'seed-' || g, 'lead-transfer', gen_random_uuid()::text, 'AcceptTransferTask',
				    'Accept or dispute the transfer', agency || ':' || role, agency, role, now(), due, due
				from seed""", agencies, count);
		runtime.deleteProcessInstance(instance, "copied");
	}
}
