package org.jointcase.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transfers end to end through the HTTP API on PostgreSQL (propose, approve, accept: three requests and the engine
 * work behind them), and the inbox with 100,000 open tasks across 500 agencies.
 */
@IntegrationTest
class TransferBenchmark {

	private static final int TRANSFERS = 240;
	private static final int CLIENTS = 4;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void transfersPerSecondThenTheInboxAt100000OpenTasks() throws Exception {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		ApiClient supervisor = ApiClient.as(port, "hefei.supervisor");
		ApiClient target = ApiClient.as(port, "wuhu.supervisor");
		List<UUID> cases = new ArrayList<>();
		for (int i = 0; i < TRANSFERS; i++) {
			cases.add(UUID.fromString(inspector.post("/api/cases", Map.of("title", "Transfer bench " + i, "summary", "s",
					"category", "OTHER", "regionCode", "3401")).json().path("id").asText()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		long start = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			running.add(pool.submit(() -> {
				for (int i = client; i < TRANSFERS; i += CLIENTS) {
					transfer(inspector, supervisor, target, cases.get(i));
				}
				return null;
			}));
		}
		for (Future<?> done : running) {
			done.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		System.out.printf("BENCHMARK %d transfers (propose, approve, accept) by %d clients in %.1f s: %.1f transfers/s%n",
				TRANSFERS, CLIENTS, seconds, TRANSFERS / seconds);

		seedOpenTasks(100_000);
		Latency.measure("GET /api/tasks (inbox, 100k open tasks)", 20, 200,
				() -> supervisor.get("/api/tasks?size=20").status());
		Latency.measure("GET /api/tasks?overdue=true", 20, 200,
				() -> supervisor.get("/api/tasks?size=20&overdue=true").status());
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

	/** Open tasks for 500 agencies straight into the inbox table, 200 of them for Hefei market regulation. */
	private void seedOpenTasks(int count) {
		List<String> agencies = Seeds.agencies(jdbc);
		Random random = new Random(7);
		Instant now = Instant.now();
		String[] roles = { "inspector", "supervisor" };
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String agency = i % 500 == 0 ? "3401-MR" : agencies.get(random.nextInt(agencies.size()));
			String role = roles[random.nextInt(2)];
			Timestamp due = Timestamp.from(now.plusSeconds(random.nextInt(30 * 86_400) - 10 * 86_400L));
			rows.add(new Object[] { "bench-" + i, "bench-process-" + i, "lead-transfer", UUID.randomUUID().toString(),
					"AcceptTransferTask", "Accept or dispute the transfer", agency + ":" + role, agency, role,
					Timestamp.from(now), due, due });
			if (rows.size() == 5000) {
				insert(rows);
			}
		}
		insert(rows);
		jdbc.execute("analyze inbox_task");
	}

	private void insert(List<Object[]> rows) {
		jdbc.batchUpdate("""
				insert into inbox_task (task_id, process_instance_id, process_key, record_id, step, step_name,
				    candidate_group, agency_code, role, created_at, due_at, reminder_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		rows.clear();
	}
}
