package org.jointcase.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcase.assistance.AssistanceFixtures.act;
import static org.jointcase.assistance.AssistanceFixtures.addressee;
import static org.jointcase.assistance.AssistanceFixtures.agencies;
import static org.jointcase.assistance.AssistanceFixtures.createCase;
import static org.jointcase.assistance.AssistanceFixtures.ids;
import static org.jointcase.assistance.AssistanceFixtures.myTask;
import static org.jointcase.assistance.AssistanceFixtures.stepOf;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request from Hefei market regulation (3401-MR) to Wuhu market regulation, Jinghu market regulation and Wuhu
 * police, through the HTTP API, checking at each step who sees what.
 */
@IntegrationTest
class AssistanceRequestIntegrationTests {

	static final String SELLER_CODE = AssistanceFixtures.SELLER_CODE;

	@LocalServerPort
	int port;

	@Test
	void eachAgencySeesItsOwnPartAndTheRequestClosesWhenEveryAnswerIsSettled() {
		ApiClient hefei = as("hefei.inspector");
		ApiClient hefeiSupervisor = as("hefei.supervisor");
		UUID caseId = createCase(hefei);
		UUID evidence = uploadToCase(hefei, caseId, "contract.pdf");
		UUID internal = uploadToCase(hefei, caseId, "internal-memo.pdf");

		ApiClient.Response created = hefei.header("Idempotency-Key", "assist-" + caseId)
			.post("/api/cases/" + caseId + "/assistance-requests", requestBody(List.of("3402-MR", "340202-MR",
					"3402-PS"), List.of(evidence)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().path("id").asText();
		assertThat(created.header("Location")).isEqualTo("/api/assistance-requests/" + id);
		assertThat(created.json().path("status").asText()).isEqualTo("AWAITING_APPROVAL");
		ApiClient.Response retried = hefei.header("Idempotency-Key", "assist-" + caseId)
			.post("/api/cases/" + caseId + "/assistance-requests", requestBody(List.of("3402-MR", "340202-MR",
					"3402-PS"), List.of(evidence)));
		assertThat(retried.json().path("id").asText()).isEqualTo(id);
		assertThat(hefei.get("/api/cases/" + caseId + "/assistance-requests").json().size()).isEqualTo(1);

		// Nothing leaves Hefei before its supervisor approves.
		assertThat(as("wuhu.inspector").get("/api/assistance-requests/" + id).status()).isEqualTo(404);
		act(hefeiSupervisor, myTask(hefeiSupervisor, caseId, AssistanceProcess.APPROVE_REQUEST), "approve", Map.of());
		assertThat(hefei.get("/api/assistance-requests/" + id).json().path("status").asText()).isEqualTo("OPEN");

		// An addressed agency sees the summary, the items and the chosen document, never the informant.
		ApiClient wuhu = as("wuhu.inspector");
		JsonNode wuhuCase = wuhu.get("/api/cases/" + caseId).json();
		assertThat(wuhuCase.path("summary").asText()).contains("Prepaid gym cards");
		assertThat(wuhuCase.path("informant").path("name").isMissingNode()).isTrue();
		assertThat(wuhuCase.toString()).doesNotContain("Li Si").doesNotContain("13900000000");
		assertThat(ids(wuhu.get("/api/cases/" + caseId + "/documents").json())).containsExactly(evidence.toString());
		assertThat(wuhu.get("/api/cases/" + caseId + "/documents/" + internal + "/content").status()).isEqualTo(404);
		JsonNode wuhuView = wuhu.get("/api/assistance-requests/" + id).json();
		assertThat(wuhuView.path("items").size()).isEqualTo(2);
		assertThat(agencies(wuhuView)).containsExactly("3402-MR");
		assertThat(as("wuhu.police.inspector").get("/api/cases/" + caseId).status()).isEqualTo(200);

		// An unrelated agency sees nothing: not the request, not the case, not the tasks.
		ApiClient health = as("hefei.health.inspector");
		String wuhuAccept = myTask(as("wuhu.supervisor"), caseId, AssistanceProcess.ACCEPT_REQUEST);
		assertThat(health.get("/api/assistance-requests/" + id).status()).isEqualTo(404);
		assertThat(health.get("/api/cases/" + caseId).status()).isEqualTo(404);
		assertThat(health.get("/api/cases/" + caseId + "/assistance-requests").status()).isEqualTo(404);
		assertThat(health.get("/api/tasks/" + wuhuAccept).status()).isEqualTo(404);
		assertThat(health.post("/api/tasks/" + wuhuAccept + "/actions/accept", Map.of()).status()).isEqualTo(404);

		// Wuhu and Wuhu police accept; Jinghu declines and names Hefei police, which the requester addresses instead.
		act(as("wuhu.supervisor"), wuhuAccept, "accept", Map.of());
		act(as("wuhu.police.supervisor"), myTask(as("wuhu.police.supervisor"), caseId,
				AssistanceProcess.ACCEPT_REQUEST), "accept", Map.of());
		act(as("jinghu.supervisor"), myTask(as("jinghu.supervisor"), caseId, AssistanceProcess.ACCEPT_REQUEST),
				"decline", Map.of("reason", "The seller is registered in Hefei", "suggestedAgency", "3401-PS"));
		JsonNode declined = addressee(hefei.get("/api/assistance-requests/" + id).json(), "340202-MR");
		assertThat(declined.path("status").asText()).isEqualTo("DECLINED");
		assertThat(declined.path("suggestedAgency").asText()).isEqualTo("3401-PS");
		ApiClient.Response readdressed = hefei.post("/api/assistance-requests/" + id + "/addressees/340202-MR/readdress",
				Map.of("agencyCode", "3401-PS", "reason", "As Jinghu suggests"));
		assertThat(readdressed.status()).as(readdressed.toString()).isEqualTo(200);
		assertThat(addressee(readdressed.json(), "340202-MR").path("replacedBy").asText()).isEqualTo("3401-PS");
		assertThat(addressee(readdressed.json(), "3401-PS").path("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");
		JsonNode jinghuSees = as("jinghu.inspector").get("/api/assistance-requests/" + id).json();
		assertThat(agencies(jinghuSees)).as("its part ended: its own entry only").containsExactly("340202-MR");
		assertThat(as("jinghu.inspector").get("/api/cases/" + caseId).status()).isEqualTo(404);
		act(as("hefei.police.supervisor"), myTask(as("hefei.police.supervisor"), caseId,
				AssistanceProcess.ACCEPT_REQUEST), "accept", Map.of());

		// Wuhu asks for five more working days and gets them: its reply task's deadline moves.
		String wuhuReply = myTask(wuhu, caseId, AssistanceProcess.REPLY);
		Instant due = Instant.parse(wuhu.get("/api/tasks/" + wuhuReply).json().path("task").path("dueAt").asText());
		ApiClient.Response asked = wuhu.post("/api/assistance-requests/" + id + "/addressees/3402-MR/extension-requests",
				Map.of("workingDays", 5, "reason", "The warehouse opens next week"));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
		assertThat(wuhu.post("/api/assistance-requests/" + id + "/addressees/3402-MR/extension-requests",
				Map.of("workingDays", 5, "reason", "Again")).status()).isEqualTo(409);
		act(hefeiSupervisor, stepOf(hefei, id, "3402-MR", AssistanceProcess.DECIDE_EXTENSION), "grant", Map.of());
		JsonNode extended = wuhu.get("/api/tasks/" + wuhuReply).json().path("task");
		assertThat(Instant.parse(extended.path("dueAt").asText())).isAfter(due.plusSeconds(5 * 86400));
		assertThat(extended.path("deadline").path("extensions").size()).isEqualTo(1);

		// Wuhu police asks too and is refused: its deadline stays.
		ApiClient police = as("wuhu.police.inspector");
		String policeReply = myTask(police, caseId, AssistanceProcess.REPLY);
		String policeDue = police.get("/api/tasks/" + policeReply).json().path("task").path("dueAt").asText();
		police.post("/api/assistance-requests/" + id + "/addressees/3402-PS/extension-requests",
				Map.of("workingDays", 10, "reason", "Short of staff"));
		act(hefeiSupervisor, stepOf(hefei, id, "3402-PS", AssistanceProcess.DECIDE_EXTENSION), "refuse",
				Map.of("reason", "The case cannot wait"));
		assertThat(police.get("/api/tasks/" + policeReply).json().path("task").path("dueAt").asText())
			.isEqualTo(policeDue);

		// Wuhu replies item by item with a document; a second reply on the same task is refused.
		UUID photo = uploadForReply(wuhu, id, "3402-MR", "warehouse.jpg");
		assertThat(health.send(multipart("/api/assistance-requests/" + id + "/replies/3402-MR/documents", "x.jpg"))
			.status()).isEqualTo(404);
		Map<String, Object> wuhuFindings = reply("Registered in Wuhu since 2019", List.of(photo));
		assertThat(health.post("/api/tasks/" + wuhuReply + "/actions/reply", wuhuFindings).status()).isEqualTo(404);
		act(wuhu, wuhuReply, "reply", wuhuFindings);
		assertThat(wuhu.post("/api/tasks/" + wuhuReply + "/actions/reply", wuhuFindings).status()).isEqualTo(409);
		assertThat(addressee(hefei.get("/api/assistance-requests/" + id).json(), "3402-MR").path("replies").size())
			.as("a reply leaves Wuhu when its supervisor approves it").isZero();
		act(as("wuhu.supervisor"), myTask(as("wuhu.supervisor"), caseId, AssistanceProcess.APPROVE_REPLY), "approve",
				Map.of());

		act(police, policeReply, "reply", reply("No criminal record", List.of()));
		act(as("wuhu.police.supervisor"), myTask(as("wuhu.police.supervisor"), caseId,
				AssistanceProcess.APPROVE_REPLY), "approve", Map.of());
		ApiClient hefeiPolice = as("hefei.police.inspector");
		act(hefeiPolice, myTask(hefeiPolice, caseId, AssistanceProcess.REPLY), "reply",
				reply("The manager was questioned", List.of()));
		act(as("hefei.police.supervisor"), myTask(as("hefei.police.supervisor"), caseId,
				AssistanceProcess.APPROVE_REPLY), "approve", Map.of());

		// The requester sees every reply; Wuhu only its own.
		JsonNode requesterView = hefei.get("/api/assistance-requests/" + id).json();
		assertThat(agencies(requesterView)).containsExactlyInAnyOrder("3402-MR", "340202-MR", "3402-PS", "3401-PS");
		assertThat(addressee(requesterView, "3402-MR").path("replies").get(0).path("documents").get(0)
			.path("id").asText()).isEqualTo(photo.toString());
		JsonNode wuhuSees = wuhu.get("/api/assistance-requests/" + id).json();
		assertThat(agencies(wuhuSees)).containsExactly("3402-MR");
		assertThat(wuhuSees.toString()).doesNotContain("No criminal record").doesNotContain("questioned");

		// Wuhu police is asked for a supplement and answers again, with a new period.
		act(hefei, stepOf(hefei, id, "3402-PS", AssistanceProcess.REVIEW_REPLY), "ask-supplement",
				Map.of("what", "Check the manager's previous companies"));
		String again = myTask(police, caseId, AssistanceProcess.REPLY);
		assertThat(again).isNotEqualTo(policeReply);
		act(police, again, "reply", reply("Two earlier companies, both closed", List.of()));
		act(as("wuhu.police.supervisor"), myTask(as("wuhu.police.supervisor"), caseId,
				AssistanceProcess.APPROVE_REPLY), "approve", Map.of());

		// Wuhu's reply is accepted and shared: Hefei police then reads its findings, not Wuhu police's.
		act(hefei, stepOf(hefei, id, "3402-MR", AssistanceProcess.REVIEW_REPLY), "accept",
				Map.of("shareWithAddressees", true));
		JsonNode hefeiPoliceSees = hefeiPolice.get("/api/assistance-requests/" + id).json();
		assertThat(hefeiPoliceSees.path("sharedReplies").get(0).path("agencyCode").asText()).isEqualTo("3402-MR");
		assertThat(hefeiPoliceSees.toString()).doesNotContain("earlier companies");
		act(hefei, stepOf(hefei, id, "3401-PS", AssistanceProcess.REVIEW_REPLY), "accept", Map.of());
		act(hefei, stepOf(hefei, id, "3402-PS", AssistanceProcess.REVIEW_REPLY), "accept", Map.of());

		JsonNode closed = awaitStatus(hefei, id, "CLOSED");
		assertThat(addressee(closed, "3402-PS").path("replies").size()).isEqualTo(2);
		assertThat(wuhu.get("/api/cases/" + caseId).status()).as("access ends with the request").isEqualTo(404);
		JsonNode wuhuKeeps = wuhu.get("/api/assistance-requests/" + id).json();
		assertThat(agencies(wuhuKeeps)).containsExactly("3402-MR");
		assertThat(wuhuKeeps.toString()).contains("Registered in Wuhu since 2019").doesNotContain("earlier companies");
		JsonNode documents = hefei.get("/api/cases/" + caseId + "/documents").json();
		assertThat(StreamSupport.stream(documents.spliterator(), false)
			.filter(d -> d.path("id").asText().equals(photo.toString())).findFirst().orElseThrow()
			.path("origin").asText()).isEqualTo("assistance reply from 3402-MR");
		assertThat(hefei.get("/api/cases/" + caseId + "/timeline").toString()).contains("ASSISTANCE_CLOSED");
	}

	@Test
	void theRequesterCancelsAndEveryAccessEnds() {
		ApiClient hefei = as("hefei.inspector");
		UUID caseId = createCase(hefei);
		String id = hefei.post("/api/cases/" + caseId + "/assistance-requests",
				requestBody(List.of("3402-MR"), List.of())).json().path("id").asText();
		act(as("hefei.supervisor"), myTask(as("hefei.supervisor"), caseId, AssistanceProcess.APPROVE_REQUEST),
				"approve", Map.of());
		assertThat(as("wuhu.inspector").get("/api/cases/" + caseId).json().path("access").path("scope").asText())
			.as("no documents chosen: the summary").isEqualTo("SUMMARY");

		assertThat(as("hefei.health.inspector").post("/api/assistance-requests/" + id + "/cancellation",
				Map.of("reason", "x")).status()).isEqualTo(404);
		assertThat(as("wuhu.inspector").post("/api/assistance-requests/" + id + "/cancellation",
				Map.of("reason", "x")).status()).isEqualTo(403);
		ApiClient.Response cancelled = hefei.post("/api/assistance-requests/" + id + "/cancellation",
				Map.of("reason", "The seller confessed"));
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
		assertThat(cancelled.json().path("closeReason").asText()).isEqualTo("The seller confessed");
		assertThat(as("wuhu.inspector").get("/api/cases/" + caseId).status()).isEqualTo(404);
		assertThat(as("wuhu.supervisor").get("/api/tasks?process=assistance-request&caseId=" + caseId).json()
			.path("items").size()).isZero();
		assertThat(hefei.post("/api/assistance-requests/" + id + "/cancellation", Map.of("reason", "again")).status())
			.isEqualTo(409);
	}

	@Test
	void badRequestsAreRefusedNamingFieldAndRule() {
		ApiClient hefei = as("hefei.inspector");
		UUID caseId = createCase(hefei);
		String path = "/api/cases/" + caseId + "/assistance-requests";
		assertProblem(hefei.post(path, requestBody(List.of("9999-XX"), List.of())), 400, "addressees[0]",
				"known-agency");
		assertProblem(hefei.post(path, requestBody(List.of("3401-MR"), List.of())), 400, "addressees[0]",
				"another-agency");
		assertProblem(hefei.post(path, requestBody(List.of("3402-MR", "3402-MR"), List.of())), 400, "addressees[1]",
				"distinct");
		assertProblem(hefei.post(path, requestBody(List.of("3402-MR"), List.of(UUID.randomUUID()))), 400,
				"documentIds", "documents-of-this-case");
		ApiClient.Response noItems = hefei.post(path, Map.of("items", List.of(), "addressees", List.of("3402-MR")));
		assertThat(noItems.status()).isEqualTo(400);
		assertThat(noItems.toString()).contains("items");
		assertThat(as("wuhu.inspector").post(path, requestBody(List.of("3402-PS"), List.of())).status())
			.as("only the owner agency asks").isEqualTo(404);

		ApiClient keyed = hefei.header("Idempotency-Key", "bad-" + caseId);
		assertThat(keyed.post(path, requestBody(List.of("3402-MR"), List.of())).status()).isEqualTo(201);
		assertThat(keyed.post(path, requestBody(List.of("3402-PS"), List.of())).status()).isEqualTo(422);
		assertThat(hefei.get(path).json().size()).isEqualTo(1);
	}

	private ApiClient as(String username) {
		return ApiClient.as(port, username);
	}

	private static Map<String, Object> requestBody(List<String> addressees, List<UUID> documentIds) {
		return Map.of("items", List.of(
				Map.of("question", "Is the seller registered with you?", "toCheck", "Business licence and address",
						"business", Map.of("name", "Hefei Fitness Ltd", "creditCode", SELLER_CODE)),
				Map.of("question", "Inspect the warehouse named in the contract",
						"business", Map.of("name", "Wuhu Storage Co"))),
				"addressees", addressees, "documentIds", documentIds);
	}

	private static Map<String, Object> reply(String finding, List<UUID> documents) {
		return Map.of("findings", List.of(Map.of("item", 1, "finding", finding), Map.of("item", 2, "finding",
				finding + " (warehouse)")), "documentIds", documents);
	}

	/** The request closes after the last agency's part is joined, which the job executor does right after. */
	private static JsonNode awaitStatus(ApiClient client, String id, String status) {
		JsonNode view = null;
		for (int attempt = 0; attempt < 100; attempt++) {
			view = client.get("/api/assistance-requests/" + id).json();
			if (view.path("status").asText().equals(status)) {
				return view;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("Still " + view.path("status") + ", not " + status);
	}

	private UUID uploadToCase(ApiClient officer, UUID caseId, String fileName) {
		ApiClient.Response uploaded = officer.send(multipart("/api/cases/" + caseId + "/documents", fileName));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		return UUID.fromString(uploaded.json().path("id").asText());
	}

	private UUID uploadForReply(ApiClient officer, String id, String agency, String fileName) {
		ApiClient.Response uploaded = officer.send(multipart("/api/assistance-requests/" + id + "/replies/" + agency
				+ "/documents", fileName));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		return UUID.fromString(uploaded.json().path("id").asText());
	}

	private HttpRequest.Builder multipart(String path, String fileName) {
		String boundary = "jointcase-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n%PDF-1.4 evidence of " + fileName + "\r\n--"
				+ boundary + "--\r\n";
		return ApiClient.anonymous(port).request(path)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.toString()).contains(field).contains(rule);
	}
}
