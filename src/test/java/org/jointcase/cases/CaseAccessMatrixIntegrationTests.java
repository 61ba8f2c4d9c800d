package org.jointcase.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every case endpoint against every kind of officer (product brief, "The case record"): the owner agency, agencies
 * with each share scope, an agency whose share expired or was revoked, and unrelated agencies. One row per endpoint.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAccessMatrixIntegrationTests {

	/** The columns of the table: who asks. */
	static final List<String> OFFICERS = List.of(
			"hefei.inspector", // owner agency 3401-MR
			"wuhu.inspector", // share SUMMARY
			"shushan.inspector", // share FULL_RECORD
			"baohe.inspector", // share FULL_RECORD_WITH_DOCUMENTS
			"jinghu.inspector", // share expired
			"wuhu.police.inspector", // share revoked
			"hefei.commerce.inspector", // unrelated agency, same region as the owner
			"hefei.health.inspector"); // unrelated department

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	UUID caseId;
	UUID documentId;
	UUID shareId;

	@BeforeAll
	void shareTheCaseEveryWay() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		ApiClient supervisor = ApiClient.as(port, "hefei.supervisor");
		caseId = CaseFixtures.createCase(inspector, "Gym closed with prepaid cards", CaseFixtures.SELLER_CODE);
		documentId = UUID.fromString(inspector.send(upload(inspector, caseId, "receipt.txt", "paid 3000 yuan"))
			.json().path("id").asText());
		CaseFixtures.share(supervisor, caseId, "3402-MR", "SUMMARY", false);
		CaseFixtures.share(supervisor, caseId, "340104-MR", "FULL_RECORD", false);
		shareId = CaseFixtures.share(supervisor, caseId, "340111-MR", "FULL_RECORD_WITH_DOCUMENTS", false);
		UUID expired = CaseFixtures.share(supervisor, caseId, "340202-MR", "FULL_RECORD_WITH_DOCUMENTS", false);
		jdbc.sql("update case_share set expires_at = current_timestamp - interval '1' day where id = ?")
			.param(expired).update();
		UUID revoked = CaseFixtures.share(supervisor, caseId, "3402-PS", "FULL_RECORD_WITH_DOCUMENTS", false);
		assertThat(supervisor.delete("/api/cases/" + caseId + "/shares/" + revoked).status()).isEqualTo(204);
	}

	record Row(String endpoint, BiFunction<ApiClient, String, ApiClient.Response> call, int... expected) {
	}

	@Test
	void everyEndpointAnswersEachOfficerAsTheAccessRulesSay() {
		String path = "/api/cases/" + caseId;
		List<Row> table = List.of(
				// endpoint                 owner summary full  docs  expired revoked region dept
				new Row("GET case", (c, who) -> c.get(path), 200, 200, 200, 200, 404, 404, 404, 404),
				new Row("GET timeline", (c, who) -> c.get(path + "/timeline"), 200, 404, 200, 200, 404, 404, 404, 404),
				new Row("GET notes", (c, who) -> c.get(path + "/notes"), 200, 404, 200, 200, 404, 404, 404, 404),
				new Row("POST note", (c, who) -> c.post(path + "/notes", Map.of("text", "seen by " + who)),
						201, 404, 201, 201, 404, 404, 404, 404),
				new Row("GET documents", (c, who) -> c.get(path + "/documents"), 200, 404, 404, 200, 404, 404, 404, 404),
				new Row("GET document content", (c, who) -> c.get(path + "/documents/" + documentId + "/content"),
						200, 404, 404, 200, 404, 404, 404, 404),
				new Row("POST document", (c, who) -> c.send(upload(c, caseId, who + ".txt", "evidence")),
						201, 403, 403, 403, 404, 404, 404, 404),
				new Row("PUT case", this::editWithCurrentETag, 200, 403, 403, 403, 404, 404, 404, 404),
				new Row("GET shares", (c, who) -> c.get(path + "/shares"), 200, 403, 403, 403, 404, 404, 404, 404),
				// an inspector of the owner agency may not share: that is the supervisor's
				new Row("POST share", (c, who) -> c.post(path + "/shares", Map.of("agencyCode", "3401-HE", "scope",
						"SUMMARY", "reason", "try")), 403, 403, 403, 403, 404, 404, 404, 404),
				new Row("DELETE share", (c, who) -> c.delete(path + "/shares/" + shareId),
						403, 403, 403, 403, 404, 404, 404, 404));

		List<String> mismatches = new ArrayList<>();
		Map<String, java.util.Set<String>> outcomes = new java.util.HashMap<>();
		for (Row row : table) {
			for (int i = 0; i < OFFICERS.size(); i++) {
				String officer = OFFICERS.get(i);
				ApiClient.Response response = row.call().apply(ApiClient.as(port, officer), officer);
				outcomes.computeIfAbsent(officer, o -> new java.util.TreeSet<>()).add(switch (response.status()) {
					case 403 -> "REFUSED_FORBIDDEN";
					case 404 -> "REFUSED_NOT_VISIBLE";
					default -> "ALLOWED";
				});
				if (response.status() != row.expected()[i]) {
					mismatches.add(row.endpoint() + " as " + officer + ": expected " + row.expected()[i] + ", got "
							+ response);
				}
				if (response.status() >= 400) {
					assertThat(response.contentType()).as(row.endpoint() + " " + officer)
						.startsWith("application/problem+json");
				}
			}
		}
		assertThat(mismatches).isEmpty();
		Map<String, java.util.Set<String>> audited = auditedOutcomes();
		outcomes.forEach((officer, answered) -> assertThat(audited.getOrDefault(officer, java.util.Set.of()))
			.as("every answer to " + officer + " left its audit entry")
			.containsAll(answered));
	}

	/** The outcomes the audit trail holds for this case, per officer, read as an auditor reads them. */
	private Map<String, java.util.Set<String>> auditedOutcomes() {
		Map<String, java.util.Set<String>> audited = new java.util.HashMap<>();
		ApiClient auditor = ApiClient.as(port, "auditor");
		String cursor = "";
		do {
			var page = auditor.get("/api/audit/entries?size=200&caseId=" + caseId + "&cursor=" + cursor).json();
			page.path("items").forEach(entry -> audited
				.computeIfAbsent(entry.path("officer").asText(), o -> new java.util.TreeSet<>())
				.add(entry.path("outcome").asText()));
			cursor = page.path("next").asText("");
		}
		while (!cursor.isEmpty());
		return audited;
	}

	@Test
	void aCaseThatDoesNotExistLooksExactlyLikeACaseThatIsNotYours() {
		ApiClient outsider = ApiClient.as(port, "hefei.health.inspector");
		ApiClient.Response notYours = outsider.get("/api/cases/" + caseId);
		ApiClient.Response missing = outsider.get("/api/cases/" + UUID.randomUUID());
		assertThat(notYours.status()).isEqualTo(missing.status()).isEqualTo(404);
		assertThat(notYours.json().path("detail")).isEqualTo(missing.json().path("detail"));
	}

	@Test
	void theSummaryScopeShowsBusinessesButNotNaturalPersons() {
		var summary = ApiClient.as(port, "wuhu.inspector").get("/api/cases/" + caseId).json();
		assertThat(summary.path("parties").findValuesAsText("kind")).containsExactly("BUSINESS");
		var full = ApiClient.as(port, "shushan.inspector").get("/api/cases/" + caseId).json();
		assertThat(full.path("parties").findValuesAsText("kind")).containsExactly("BUSINESS", "PERSON");
	}

	private ApiClient.Response editWithCurrentETag(ApiClient client, String officer) {
		String etag = ApiClient.as(port, "hefei.inspector").get("/api/cases/" + caseId).header("ETag");
		Map<String, Object> body = new LinkedHashMap<>(CaseFixtures.caseBody("Edited by " + officer,
				CaseFixtures.SELLER_CODE));
		return client.send(client.request("/api/cases/" + caseId)
			.header("Content-Type", "application/json")
			.header("If-Match", etag)
			.PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
	}

	static HttpRequest.Builder upload(ApiClient client, UUID caseId, String fileName, String content) {
		String boundary = "jointcase-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return client.request("/api/cases/" + caseId + "/documents")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	static String toJson(Object body) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
