package org.jointcase.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcase.campaigns.CampaignFixtures.act;
import static org.jointcase.campaigns.CampaignFixtures.launch;
import static org.jointcase.campaigns.CampaignFixtures.report;
import static org.jointcase.campaigns.CampaignFixtures.reportAndApprove;
import static org.jointcase.campaigns.CampaignFixtures.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Wuhu campaign of market regulation and public security through the HTTP API: launched by Wuhu's coordinator,
 * reported by two agencies (one report sent back once), followed by the coordinator, and closed early while Jinghu's
 * report is still open; checking at each step who sees which agency's report. Hefei takes no part and sees nothing.
 */
@IntegrationTest
class CampaignIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aCampaignOfTwoDepartmentsFromLaunchToItsEarlyClose() {
		ApiClient coordinator = as("wuhu.coordinator");
		ApiClient market = as("wuhu.inspector");
		ApiClient marketSupervisor = as("wuhu.supervisor");
		ApiClient police = as("wuhu.police.inspector");
		ApiClient policeSupervisor = as("wuhu.police.supervisor");
		ApiClient jinghu = as("jinghu.inspector");
		ApiClient outsider = as("hefei.inspector");

		Map<String, Object> body = launch("Prepaid cards 2026", "3402", List.of("MR", "PS"));
		assertThat(market.post("/api/campaigns", body).status()).isEqualTo(403);
		assertThat(rule(coordinator.post("/api/campaigns", launch("Hefei", "3401", List.of("MR")))))
			.isEqualTo("within-own-region");
		Map<String, Object> backwards = new LinkedHashMap<>(body);
		backwards.put("endsOn", "2020-01-01");
		assertThat(rule(coordinator.post("/api/campaigns", backwards))).isEqualTo("after-start");

		ApiClient.Response launched = coordinator.post("/api/campaigns", body);
		assertThat(launched.status()).as(launched.toString()).isEqualTo(201);
		String id = launched.json().path("id").asText();
		String campaign = "/api/campaigns/" + id;
		assertThat(launched.header("Location")).isEqualTo(campaign);
		assertThat(strings(launched.json().path("participants"))).contains("3402-MR", "340202-MR", "3402-PS")
			.allMatch(agency -> agency.startsWith("3402") && (agency.endsWith("-MR") || agency.endsWith("-PS")));
		assertThat(launched.json().path("periods").size()).isBetween(2, 3);
		assertThat(strings(launched.json().path("allowedActions"))).contains("close", "share-table");

		// The police report: the platform counts the case it tagged; a figure left out is refused.
		assertThat(outsider.get(campaign).status()).isEqualTo(404);
		assertThat(outsider.get(campaign + "/periods/1/prefill").status()).isEqualTo(404);
		String gym = createCase(police, "Prepaid gym closed");
		assertThat(outsider.post(campaign + "/cases", Map.of("caseId", gym)).status()).isEqualTo(404);
		assertThat(market.post(campaign + "/cases", Map.of("caseId", gym)).status()).as("not Wuhu MR's case")
			.isEqualTo(404);
		ApiClient.Response tagged = police.post(campaign + "/cases", Map.of("caseId", gym));
		assertThat(tagged.status()).as(tagged.toString()).isEqualTo(201);
		assertThat(police.post(campaign + "/cases", Map.of("caseId", gym)).status()).isEqualTo(409);
		JsonNode prefill = police.get(campaign + "/periods/1/prefill").json();
		assertThat(prefill.path("figures").path("CASES_OPENED").asLong()).isEqualTo(1);
		assertThat(prefill.path("figures").path("LEADS_TRANSFERRED").asLong()).isZero();
		assertThat(prefill.path("figures").has("BUSINESSES_INSPECTED")).as("not counted by the platform").isFalse();
		assertThat(police.get(campaign + "/periods/9/prefill").status()).isEqualTo(404);

		String policeReport = task(police, id, CoordinatedAction.SUBMIT_REPORT_TASK);
		ApiClient.Response incomplete = police.post("/api/tasks/" + policeReport + "/actions/submit",
				Map.of("businessesInspected", 12));
		assertThat(rule(incomplete)).isEqualTo("asked-figure");
		assertThat(police.post("/api/tasks/" + policeReport + "/actions/submit",
				Map.of("businessesInspected", -1, "casesOpened", 1, "leadsTransferred", 0, "amountRecovered", 0))
			.status()).isEqualTo(400);
		reportAndApprove(police, policeSupervisor, id, report(12, 1, 2, 30_000));

		// Market regulation's report is sent back once before it counts.
		act(market, task(market, id, CoordinatedAction.SUBMIT_REPORT_TASK), "submit", report(40, 3, 1, 5_000));
		assertThat(market.post("/api/tasks/" + task(marketSupervisor, id, CoordinatedAction.APPROVE_REPORT_TASK)
				+ "/actions/approve", Map.of()).status()).as("a supervisor who is not the drafter").isIn(403, 404, 409);
		act(marketSupervisor, task(marketSupervisor, id, CoordinatedAction.APPROVE_REPORT_TASK), "send-back",
				Map.of("reason", "Count the online sellers too"));
		JsonNode sentBack = row(coordinator.get(campaign).json(), "3402-MR", 1);
		assertThat(sentBack.path("status").asText()).isEqualTo("SENT_BACK");
		assertThat(coordinator.get(campaign).json().path("totals").path("BUSINESSES_INSPECTED").asLong())
			.as("a report counts once approved").isEqualTo(12);
		reportAndApprove(market, marketSupervisor, id, report(48, 3, 1, 5_000));

		// The coordinator sees every agency, the totals of the approved reports and who has not reported.
		JsonNode followed = coordinator.get(campaign).json();
		assertThat(followed.path("totals").path("BUSINESSES_INSPECTED").asLong()).isEqualTo(60);
		assertThat(followed.path("totals").path("AMOUNT_RECOVERED").asLong()).isEqualTo(35_000);
		assertThat(followed.path("periodTotals").get(0).path("reported").asInt()).isEqualTo(2);
		assertThat(row(followed, "3402-PS", 1).path("status").asText()).isEqualTo("APPROVED");
		assertThat(row(followed, "340202-MR", 1).path("status").asText()).isEqualTo("OPEN");
		assertThat(row(followed, "340202-MR", 2).path("status").asText()).isEqualTo("NOT_DUE");

		// Participants see their own reports and the totals; another agency's only once the table is shared.
		JsonNode seenByPolice = police.get(campaign).json();
		assertThat(agencies(seenByPolice)).containsOnly("3402-PS");
		assertThat(seenByPolice.path("totals").path("BUSINESSES_INSPECTED").asLong()).isEqualTo(60);
		assertThat(strings(seenByPolice.path("allowedActions"))).containsExactly("tag-case");
		assertThat(agencies(jinghu.get(campaign).json())).containsOnly("340202-MR");
		assertThat(police.put(campaign + "/table-sharing", Map.of("shared", true)).status()).isEqualTo(403);
		assertThat(coordinator.put(campaign + "/table-sharing", Map.of("shared", true)).status()).isEqualTo(200);
		JsonNode shared = police.get(campaign).json();
		assertThat(agencies(shared)).contains("3402-PS", "3402-MR", "340202-MR");
		assertThat(row(shared, "3402-MR", 1).path("figures").path("BUSINESSES_INSPECTED").asLong()).isEqualTo(48);
		assertThat(row(shared, "340202-MR", 1).path("figures").size()).isZero();
		assertThat(strings(police.get("/api/campaigns").json(), "id")).contains(id);
		assertThat(strings(outsider.get("/api/campaigns").json(), "id")).doesNotContain(id);

		// Closed early: Jinghu's open report ends with the campaign, and it closes once.
		String jinghuReport = task(jinghu, id, CoordinatedAction.SUBMIT_REPORT_TASK);
		assertThat(police.post(campaign + "/closure", Map.of("conclusion", "Done")).status()).isEqualTo(403);
		assertThat(coordinator.post(campaign + "/closure", Map.of("conclusion", " ")).status()).isEqualTo(400);
		ApiClient.Response closed = coordinator.post(campaign + "/closure",
				Map.of("conclusion", "Sixty businesses inspected, 35,000 yuan recovered"));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.json().path("closedEarly").asBoolean()).isTrue();
		assertThat(row(closed.json(), "340202-MR", 1).path("status").asText()).isEqualTo("NOT_REPORTED");
		assertThat(jinghu.get("/api/tasks/" + jinghuReport).json().path("task").path("outcome").asText()).isEqualTo("cancelled");
		assertThat(coordinator.post(campaign + "/closure", Map.of("conclusion", "Again")).status()).isEqualTo(409);
		assertThat(police.post(campaign + "/cases", Map.of("caseId", gym)).status()).isEqualTo(409);
		assertThat(jinghu.get(campaign).json().path("conclusion").asText()).startsWith("Sixty");
	}

	private ApiClient as(String username) {
		return ApiClient.as(port, username);
	}

	private static String createCase(ApiClient inspector, String title) {
		ApiClient.Response created = inspector.post("/api/cases", Map.of("title", title, "summary",
				"Members paid for annual cards; the gym closed", "category", "PREPAID_CARD", "regionCode", "3402"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("id").asText();
	}

	private static String rule(ApiClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		return response.json().path("errors").path(0).path("rule").asText();
	}

	private static JsonNode row(JsonNode campaign, String agency, int period) {
		return StreamSupport.stream(campaign.path("reports").spliterator(), false)
			.filter(r -> r.path("agencyCode").asText().equals(agency) && r.path("period").asInt() == period)
			.findFirst().orElseThrow(() -> new AssertionError("no row " + agency + "/" + period));
	}

	private static List<String> agencies(JsonNode campaign) {
		return StreamSupport.stream(campaign.path("reports").spliterator(), false)
			.map(r -> r.path("agencyCode").asText()).distinct().toList();
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

	private static List<String> strings(JsonNode array, String field) {
		return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
	}
}
