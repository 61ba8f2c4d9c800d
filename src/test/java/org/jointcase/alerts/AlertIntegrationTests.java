package org.jointcase.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An alert about a prepaid-card seller through the HTTP API: Hefei's supervisor issues it to Wuhu market regulation
 * and the Shushan district with a document of Hefei's case; Wuhu acknowledges that the seller operates there, linking
 * its own case; the alert appears in Wuhu's conflict check and never to Wuhu police, to whom it was not sent; at the
 * end of its day it expires, and the evidence share ends with it.
 */
@IntegrationTest
class AlertIntegrationTests {

	/** A valid unified social credit code (GB 32100 check character) used by no other test. */
	private static final String SELLER = "91340100MA2N9X0T7D";

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Test
	void anAlertFromIssueThroughAcknowledgementToExpiry() {
		ApiClient issuer = as("hefei.supervisor");
		ApiClient hefei = as("hefei.inspector");
		ApiClient wuhu = as("wuhu.inspector");
		ApiClient notSent = as("wuhu.police.inspector");

		String hefeiCase = createCase(hefei, "Prepaid card seller vanished", "340104");
		String evidence = upload(hefei, hefeiCase, "receipts.pdf");
		String wuhuCase = createCase(wuhu, "Complaints about a card seller", "3402");
		String policeCase = createCase(notSent, "Fraud report about a card seller", "3402");

		Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("subject", "BUSINESS", "creditCode", SELLER,
				"businessName", "Hefei Star Fitness Ltd", "category", "PREPAID_CARD", "severity", "HIGH", "summary",
				"Sold annual cards and closed its Hefei gyms; may open elsewhere", "agencies", List.of("3402-MR"),
				"regions", List.of("340104"), "expiresOn",
				LocalDate.now(WorkingCalendar.ZONE).plusDays(30).toString()));
		body.put("caseId", hefeiCase);
		body.put("documentIds", List.of(evidence));
		assertThat(hefei.post("/api/alerts", body).status()).as("inspectors do not issue").isEqualTo(403);
		Map<String, Object> badCode = new java.util.LinkedHashMap<>(body);
		badCode.put("creditCode", "91340100MA2N9X0T7E");
		assertThat(issuer.post("/api/alerts", badCode).status()).isEqualTo(400);
		ApiClient.Response issued = issuer.post("/api/alerts", body);
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		String id = issued.json().path("id").asText();
		String alert = "/api/alerts/" + id;
		assertThat(issued.header("Location")).isEqualTo(alert);
		assertThat(agencies(issued.json())).contains("3402-MR", "340104-MR", "340104-PS").doesNotContain("3401-MR");

		// The addressee sees the alert, its own row only, and the evidence; an agency it was not sent to sees nothing.
		JsonNode seen = wuhu.get(alert).json();
		assertThat(agencies(seen)).containsExactly("3402-MR");
		assertThat(strings(seen.path("allowedActions"))).containsExactly("acknowledge");
		assertThat(wuhu.get("/api/cases/" + hefeiCase + "/documents/" + evidence + "/content").status())
			.isEqualTo(200);
		assertThat(notSent.get(alert).status()).isEqualTo(404);
		assertThat(ids(notSent.get("/api/alerts").json())).doesNotContain(id);
		assertThat(ids(wuhu.get("/api/alerts").json())).contains(id);
		assertThat(notSent.get("/api/cases/" + hefeiCase + "/documents/" + evidence + "/content").status())
			.isEqualTo(404);

		// Where the business appears: the conflict check of the addressee's case, never of the other agency's.
		assertThat(ids(wuhu.get("/api/cases/" + wuhuCase + "/transfer-check").json().path("alerts"))).containsExactly(id);
		assertThat(notSent.get("/api/cases/" + policeCase + "/transfer-check").json().path("alerts").size()).isZero();

		String task = task(wuhu, id);
		assertThat(notSent.post("/api/tasks/" + task + "/actions/acknowledge", Map.of()).status()).isEqualTo(404);
		assertThat(wuhu.post("/api/tasks/" + task + "/actions/acknowledge", Map.of("found", true, "caseId", hefeiCase))
			.status()).as("not Wuhu's case").isEqualTo(403);
		ApiClient.Response acknowledged = wuhu.post("/api/tasks/" + task + "/actions/acknowledge", Map.of("found", true,
				"answer", "Opened a gym at 8 Zhongshan Road under the same code", "caseId", wuhuCase));
		assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(204);
		assertThat(wuhu.post("/api/tasks/" + task + "/actions/acknowledge", Map.of()).status()).isEqualTo(409);

		// The issuer sees who acknowledged and answered.
		JsonNode followed = issuer.get(alert).json();
		JsonNode wuhuRow = row(followed, "3402-MR");
		assertThat(wuhuRow.path("status").asText()).isEqualTo("ACKNOWLEDGED");
		assertThat(wuhuRow.path("found").asBoolean()).isTrue();
		assertThat(wuhuRow.path("linkedCaseId").asText()).isEqualTo(wuhuCase);
		assertThat(wuhuRow.path("acknowledgedBy").asText()).isEqualTo("wuhu.inspector");
		assertThat(row(followed, "340104-MR").path("status").asText()).isEqualTo("PENDING");

		// The end of its day: the engine's expiry timer, run as the job executor would.
		String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
		Job expiry = management.createJobQuery().processInstanceId(process).timers()
			.activityId(AlertProcess.EXPIRED_UNACKNOWLEDGED).singleResult();
		management.executeJob(expiry.getId());

		JsonNode expired = issuer.get(alert).json();
		assertThat(expired.path("status").asText()).isEqualTo("EXPIRED");
		assertThat(row(expired, "340104-MR").path("status").asText()).isEqualTo("EXPIRED");
		assertThat(row(expired, "3402-MR").path("status").asText()).isEqualTo("ACKNOWLEDGED");
		assertThat(wuhu.get("/api/cases/" + wuhuCase + "/transfer-check").json().path("alerts").size()).isZero();
		assertThat(wuhu.get("/api/cases/" + hefeiCase + "/documents/" + evidence + "/content").status())
			.as("the evidence share ended").isEqualTo(404);
		assertThat(wuhu.get(alert).status()).as("the record stays").isEqualTo(200);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).isZero();
	}

	private ApiClient as(String username) {
		return ApiClient.as(port, username);
	}

	private static String createCase(ApiClient inspector, String title, String region) {
		ApiClient.Response created = inspector.post("/api/cases", Map.of("title", title, "summary",
				"Annual cards sold, then the gym closed", "category", "PREPAID_CARD", "regionCode", region, "parties",
				List.of(Map.of("kind", "BUSINESS", "name", "Hefei Star Fitness Ltd", "creditCode", SELLER,
						"regionCode", region))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("id").asText();
	}

	private static String upload(ApiClient owner, String caseId, String fileName) {
		String boundary = "alert-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 alert evidence\r\n--" + boundary + "--\r\n";
		ApiClient.Response uploaded = owner.send(owner.request("/api/cases/" + caseId + "/documents")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		return uploaded.json().path("id").asText();
	}

	private static String task(ApiClient officer, String alertId) {
		JsonNode items = officer.get("/api/tasks?process=alert&step=AcknowledgeAlertTask&size=100").json()
			.path("items");
		List<String> found = StreamSupport.stream(items.spliterator(), false)
			.filter(t -> t.path("recordId").asText().equals(alertId)).map(t -> t.path("id").asText()).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static JsonNode row(JsonNode alert, String agency) {
		return StreamSupport.stream(alert.path("addressees").spliterator(), false)
			.filter(a -> a.path("agencyCode").asText().equals(agency)).findFirst().orElseThrow();
	}

	private static List<String> agencies(JsonNode alert) {
		return StreamSupport.stream(alert.path("addressees").spliterator(), false)
			.map(a -> a.path("agencyCode").asText()).toList();
	}

	private static List<String> ids(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("id").asText()).toList();
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}
}
