package org.jointcase.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /api/notices} in keyset pages: every notice exactly once, newest first, however many there are (the list
 * used to stop at 200), and filters as the inbox has them.
 */
@IntegrationTest
class NoticePagingIntegrationTests {

	/** An agency no other test addresses notices to, and its supervisor made for this test. */
	static final String AGENCY = "340207-MR";
	static final String SUPERVISOR = "jiujiang.notice.supervisor";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesReturnEveryNoticeOnceNewestFirstAndFilterByKindAndProcess() {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			created.add(NoticeFixtures.reminder(jdbc, AGENCY, "supervisor").toString());
		}
		ApiClient.Response officer = ApiClient.as(port, "admin").post("/api/directory/officers", Map.of("username",
				SUPERVISOR, "displayName", SUPERVISOR, "agencyCode", AGENCY, "password", "Notice-pages-" + UUID.randomUUID(),
				"roles", List.of("SUPERVISOR")));
		assertThat(officer.status()).as(officer.toString()).isEqualTo(201);
		ApiClient supervisor = ApiClient.as(port, SUPERVISOR);

		List<String> seen = new ArrayList<>();
		List<String> createdAt = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = supervisor.get("/api/notices?size=3" + (cursor == null ? "" : "&cursor=" + cursor)).json();
			page.path("items").forEach(notice -> {
				seen.add(notice.path("id").asText());
				createdAt.add(notice.path("createdAt").asText());
			});
			cursor = page.path("next").isMissingNode() || page.path("next").isNull() ? null : page.path("next").asText();
			pages++;
		}
		while (cursor != null);

		assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
		assertThat(pages).isEqualTo(3);
		assertThat(createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));

		assertThat(supervisor.get("/api/notices?kind=SUPERVISION").json().path("items")).isEmpty();
		assertThat(supervisor.get("/api/notices?process=lead-transfer&step=ApproveTransferTask&size=100").json()
			.path("items")).hasSize(7);
		assertThat(supervisor.get("/api/notices?process=assistance-request").json().path("items")).isEmpty();
		assertThat(supervisor.get("/api/notices?cursor=not-ours").status()).isEqualTo(400);
	}
}
