package org.jointcase.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inbox as a list: what it holds, its order, its pages and its filters. */
@IntegrationTest
class InboxIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void pagesWalkEveryOpenTaskOnceSoonestDueFirstAndTheReverseOrderOnRequest() {
		ApiClient inspector = ApiClient.as(port, "baohe.inspector");
		for (int i = 0; i < 3; i++) {
			String caseId = inspector.post("/api/cases", Map.of("title", "Inbox paging " + i, "summary", "s",
					"category", "OTHER", "regionCode", "340111")).json().path("id").asText();
			assertThat(inspector.post("/api/cases/" + caseId + "/transfers", Map.of("targetAgency", "340104-MR",
					"reason", "Paging")).status()).isEqualTo(201);
		}
		ApiClient supervisor = ApiClient.as(port, "baohe.supervisor");

		List<JsonNode> soonestFirst = walk(supervisor, "/api/tasks?process=lead-transfer&size=1");
		assertThat(soonestFirst).hasSizeGreaterThanOrEqualTo(3);
		assertThat(soonestFirst).extracting(task -> task.path("id").asText()).doesNotHaveDuplicates();
		assertThat(soonestFirst).extracting(task -> task.path("dueAt").asText()).isSorted();
		assertThat(soonestFirst).allSatisfy(task -> {
			assertThat(task.path("agencyCode").asText()).isEqualTo("340111-MR");
			assertThat(task.path("deadline").path("rule").path("code").asText()).isEqualTo("approve");
			assertThat(task.path("caseReference").asText()).startsWith("340111-MR-");
		});

		List<JsonNode> latestFirst = walk(supervisor, "/api/tasks?process=lead-transfer&size=2&sort=-dueAt");
		List<String> reversed = new ArrayList<>(soonestFirst.stream().map(task -> task.path("id").asText()).toList());
		java.util.Collections.reverse(reversed);
		assertThat(latestFirst).extracting(task -> task.path("id").asText()).containsExactlyElementsOf(reversed);

		assertThat(supervisor.get("/api/tasks?step=AcceptTransferTask").json().path("items").size()).isZero();
		assertThat(ApiClient.as(port, "baohe.inspector").get("/api/tasks?process=lead-transfer").json().path("items")
			.size()).isZero();
		assertThat(supervisor.get("/api/tasks?cursor=not-ours").status()).isEqualTo(400);
		assertThat(supervisor.get("/api/tasks?sort=title").status()).isEqualTo(400);
	}

	private static List<JsonNode> walk(ApiClient officer, String path) {
		List<JsonNode> tasks = new ArrayList<>();
		String cursor = "";
		do {
			JsonNode page = officer.get(path + "&cursor=" + cursor).json();
			page.path("items").forEach(tasks::add);
			cursor = page.path("next").asText("");
		}
		while (!cursor.isEmpty());
		return tasks;
	}
}
