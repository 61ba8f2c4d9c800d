package org.jointcase.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One request to fifty agencies across seven departments and eight regions, answered in parallel: every agency gets exactly one
 * branch and one task per step, and the request closes once, with every access it gave ended.
 */
@IntegrationTest
class AssistanceFanOutIntegrationTests {

	/** The password hash of the demo officers ("jointcase"). */
	private static final String DEMO_HASH = "$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C";
	/** A city of its own with seven districts, so that the demo directory other tests rely on stays as it is. */
	private static final List<String> REGIONS = List.of("3499", "349901", "349902", "349903", "349904", "349905",
			"349906", "349907");
	private static final List<String> DEPARTMENTS = List.of("MR", "PS", "COM", "CT", "HE", "CAC", "TR");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyAgenciesAnswerInParallelAndTheRequestClosesOnce() throws Exception {
		List<String> agencies = fiftyAgenciesWithOfficers();
		ApiClient hefei = ApiClient.as(port, "hefei.inspector");
		UUID caseId = createCase(hefei);
		String id = hefei.post("/api/cases/" + caseId + "/assistance-requests", Map.of("items",
				List.of(Map.of("question", "Does this seller operate in your region?", "business",
						Map.of("name", "Hefei Fitness Ltd"))), "addressees", agencies)).json().path("id").asText();
		String approve = ApiClient.as(port, "hefei.supervisor")
			.get("/api/tasks?process=assistance-request&caseId=" + caseId).json().path("items").get(0).path("id")
			.asText();
		assertThat(ApiClient.as(port, "hefei.supervisor").post("/api/tasks/" + approve + "/actions/approve", Map.of())
			.status()).isEqualTo(204);

		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			inParallel(pool, agencies, agency -> {
				ApiClient officer = ApiClient.as(port, officerOf(agency));
				act(officer, onlyTask(officer, caseId, AssistanceProcess.ACCEPT_REQUEST), "accept", Map.of());
				act(officer, onlyTask(officer, caseId, AssistanceProcess.REPLY), "reply",
						Map.of("findings", List.of(Map.of("item", 1, "finding", "Checked by " + agency))));
				// Separation of duties: who drafted the reply does not approve it.
				ApiClient approver = ApiClient.as(port, approverOf(agency));
				act(approver, onlyTask(approver, caseId, AssistanceProcess.APPROVE_REPLY), "approve", Map.of());
			});
			List<String> reviews = new ArrayList<>();
			hefei.get("/api/tasks?process=assistance-request&step=" + AssistanceProcess.REVIEW_REPLY + "&caseId="
					+ caseId + "&size=100").json().path("items").forEach(task -> reviews.add(task.path("id").asText()));
			assertThat(reviews).hasSize(50);
			// The requester's reviews end the branches concurrently: their join runs in retried jobs, not here.
			inParallel(pool, reviews, task -> act(hefei, task, "accept", Map.of()));
		}
		finally {
			pool.shutdown();
		}

		awaitClosed(hefei, id);
		String instance = jdbc.sql("select process_instance_id from assistance_request where id = ?")
			.param(UUID.fromString(id)).query(String.class).single();
		for (String step : List.of(AssistanceProcess.ACCEPT_REQUEST, AssistanceProcess.REPLY,
				AssistanceProcess.APPROVE_REPLY, AssistanceProcess.REVIEW_REPLY)) {
			assertThat(jdbc.sql("select count(*) from inbox_task where process_instance_id = ? and step = ?")
				.params(instance, step).query(Long.class).single()).as(step).isEqualTo(50);
		}
		assertThat(jdbc.sql("select count(*) from inbox_task where process_instance_id = ? and closed_at is null")
			.param(instance).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from assistance_reply where request_id = ? and status = 'ACCEPTED'")
			.param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(50);
		assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and type = 'ASSISTANCE_CLOSED'")
			.param(caseId).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from case_share where case_id = ? and source = 'ASSISTANCE' and revoked_at is not null""")
			.param(caseId).query(Long.class).single()).isEqualTo(50);
	}

	/** Fifty agencies of a test city, each with an officer who is inspector and supervisor and a second supervisor. */
	private List<String> fiftyAgenciesWithOfficers() {
		for (String region : REGIONS) {
			jdbc.sql("insert into region (code, parent_code, level, name_zh, name_en) values (?, ?, ?, ?, ?)")
				.params(region, region.length() == 4 ? "34" : "3499", region.length() == 4 ? "CITY" : "DISTRICT",
						region, "Fan-out " + region)
				.update();
		}
		List<String> agencies = new ArrayList<>();
		for (String department : DEPARTMENTS) {
			for (String region : REGIONS) {
				String code = region + "-" + department;
				if (agencies.size() == 50) {
					continue;
				}
				jdbc.sql("""
						insert into agency (code, department_code, region_code, name_zh, name_en)
						values (?, ?, ?, ?, ?)""").params(code, department, region, code, "Fan-out " + code).update();
				for (String officer : List.of(officerOf(code), approverOf(code))) {
					jdbc.sql("insert into officer (username, display_name, agency_code, password_hash) values (?, ?, ?, ?)")
						.params(officer, officer, code, DEMO_HASH).update();
				}
				for (String role : List.of("INSPECTOR", "SUPERVISOR")) {
					jdbc.sql("insert into officer_role (username, role) values (?, ?)").params(officerOf(code), role)
						.update();
				}
				jdbc.sql("insert into officer_role (username, role) values (?, 'SUPERVISOR')").param(approverOf(code))
					.update();
				agencies.add(code);
			}
		}
		assertThat(agencies).hasSize(50);
		return agencies;
	}

	private static String officerOf(String agency) {
		return "fanout." + agency.toLowerCase();
	}

	private static String approverOf(String agency) {
		return officerOf(agency) + ".approver";
	}

	private UUID createCase(ApiClient inspector) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Prepaid cards sold across the province");
		body.put("summary", "A gym chain sold prepaid cards in many cities and closed");
		body.put("category", "PREPAID_CARD");
		body.put("regionCode", "3401");
		ApiClient.Response created = inspector.post("/api/cases", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asText());
	}

	private static String onlyTask(ApiClient officer, UUID caseId, String step) {
		JsonNode items = officer.get("/api/tasks?process=assistance-request&step=" + step + "&caseId=" + caseId).json()
			.path("items");
		assertThat(items.size()).as(step).isEqualTo(1);
		return items.get(0).path("id").asText();
	}

	private static void act(ApiClient officer, String taskId, String action, Object body) {
		ApiClient.Response response = officer.post("/api/tasks/" + taskId + "/actions/" + action, body);
		assertThat(response.status()).as(action + ": " + response).isEqualTo(204);
	}

	private interface Work {
		void on(String item) throws Exception;
	}

	private static void inParallel(ExecutorService pool, List<String> items, Work work) throws Exception {
		List<Future<?>> done = new ArrayList<>();
		for (String item : items) {
			done.add(pool.submit(() -> {
				work.on(item);
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
	}

	private static void awaitClosed(ApiClient client, String id) throws InterruptedException {
		for (int attempt = 0; attempt < 150; attempt++) {
			if (client.get("/api/assistance-requests/" + id).json().path("status").asText().equals("CLOSED")) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The request did not close: " + client.get("/api/assistance-requests/" + id));
	}
}
