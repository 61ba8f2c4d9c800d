package org.jointcase.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
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
 * A review of two Hefei market-regulation cases with the police and commerce bureaus, through the HTTP API, checking
 * at each step who sees what; the Wuhu bureau and the Hefei health commission take no part and see nothing.
 */
@IntegrationTest
class JointReviewIntegrationTests {

	private static final List<String> PARTICIPANTS = List.of("3401-MR", "3401-PS", "3401-COM");

	@LocalServerPort
	int port;

	@Test
	void aReviewOfThreeDepartmentsFromConveningToItsEnd() {
		ApiClient owner = as("hefei.inspector");
		ApiClient coordinator = as("hefei.coordinator");
		ApiClient police = as("hefei.police.inspector");
		ApiClient policeSupervisor = as("hefei.police.supervisor");
		ApiClient commerce = as("hefei.commerce.inspector");
		ApiClient commerceSupervisor = as("hefei.commerce.supervisor");
		List<ApiClient> outsiders = List.of(as("wuhu.inspector"), as("hefei.health.inspector"));

		UUID gym = createCase(owner, "Prepaid gym closed");
		UUID salon = createCase(owner, "Prepaid salon closed");
		UUID listed = upload(owner, gym, "contract.pdf");
		UUID unlisted = upload(owner, gym, "internal-memo.pdf");

		Map<String, Object> convening = convening(List.of(gym, salon), PARTICIPANTS,
				List.of(Map.of("caseId", gym, "documentId", listed)));
		assertThat(owner.post("/api/reviews", convening).status()).isEqualTo(403);
		ApiClient.Response convened = coordinator.post("/api/reviews", convening);
		assertThat(convened.status()).as(convened.toString()).isEqualTo(201);
		String review = "/api/reviews/" + convened.json().path("id").asText();
		assertThat(convened.json().path("status").asText()).isEqualTo("OPINIONS");
		assertThat(convened.json().path("opinionDueDate").isMissingNode()).isTrue();

		// The convening agency owns both cases: nobody is asked for consent.
		assertThat(convened.json().path("consents").size()).isZero();
		assertThat(strings(convened.json().path("allowedActions"))).containsExactly("close-opinion-phase");

		// Participants see the summary and the listed material: no natural person, no notes, no timeline, never the
		// informant; the salon travels as summary.
		JsonNode seen = police.get("/api/cases/" + gym).json();
		assertThat(seen.path("title").asText()).isEqualTo("Prepaid gym closed");
		assertThat(seen.path("access").path("scope").asText()).isEqualTo("SUMMARY");
		assertThat(seen.path("informant").path("name").isMissingNode()).isTrue();
		assertThat(seen.toString()).doesNotContain("Zhang San").doesNotContain("Li Si");
		assertThat(police.get("/api/cases/" + gym + "/notes").status()).isEqualTo(404);
		assertThat(police.get("/api/cases/" + gym + "/timeline").status()).isEqualTo(404);
		assertThat(strings(police.get(review).json().path("allowedActions"))).isEmpty();
		assertThat(ids(police.get("/api/cases/" + gym + "/documents").json())).containsExactly(listed.toString());
		assertThat(police.get("/api/cases/" + gym + "/documents/" + unlisted).status()).isEqualTo(404);
		assertThat(commerce.get("/api/cases/" + salon).status()).isEqualTo(200);
		assertThat(commerce.get("/api/cases/" + salon + "/documents").status()).isEqualTo(404);
		assertThat(ids(police.get("/api/cases/" + gym + "/reviews").json())).containsExactly(id(review));

		String policeTask = task(police, review, "SubmitOpinionTask");
		assertThat(rule(police, policeTask)).as("no due date given").isEqualTo("review-opinion");
		for (ApiClient outsider : outsiders) {
			assertThat(outsider.get(review).status()).isEqualTo(404);
			assertThat(outsider.get("/api/cases/" + gym).status()).isEqualTo(404);
			assertThat(outsider.get("/api/tasks/" + policeTask).status()).isEqualTo(404);
			// A non-participant has no opinion task: its opinion is 404.
			assertThat(outsider.post("/api/tasks/" + policeTask + "/actions/submit", opinion("AGREE")).status())
				.isEqualTo(404);
		}

		assertThat(police.post("/api/tasks/" + policeTask + "/actions/submit", opinion("AGREE")).status())
			.isEqualTo(204);
		assertThat(police.post("/api/tasks/" + policeTask + "/actions/submit", opinion("DISAGREE")).status())
			.as("a second opinion").isEqualTo(409);
		approve(policeSupervisor, review);

		// Opinions are written independently: commerce does not see the police opinion yet; the coordinator does.
		// The case timeline follows: the owner's inspector does not see the police stance, its coordinator does.
		assertThat(agencies(commerce.get(review).json().path("opinions"))).isEmpty();
		assertThat(agencies(coordinator.get(review).json().path("opinions"))).containsExactly("3401-PS");
		assertThat(types(owner.get("/api/cases/" + gym + "/timeline").json())).contains("REVIEW_CONVENED")
			.doesNotContain("REVIEW_OPINION");
		assertThat(types(coordinator.get("/api/cases/" + gym + "/timeline").json())).contains("REVIEW_OPINION");

		act(commerce, task(commerce, review, "SubmitOpinionTask"), "submit", opinion("DISAGREE"));
		act(commerceSupervisor, task(commerceSupervisor, review, "ApproveOpinionTask"), "send-back",
				Map.of("reason", "Cite the filing rules"));
		JsonNode sentBack = commerce.get(review).json().path("opinions").get(0);
		assertThat(sentBack.path("status").asText()).isEqualTo("SENT_BACK");
		assertThat(sentBack.path("sentBackReason").asText()).isEqualTo("Cite the filing rules");
		act(commerce, task(commerce, review, "SubmitOpinionTask"), "submit", opinion("DISAGREE"));
		approve(commerceSupervisor, review);

		// The owner agency never answers: the coordinator closes the phase and the record says who was silent.
		String silentTask = task(owner, review, "SubmitOpinionTask");
		assertThat(police.post(review + "/opinion-phase/closure", Map.of()).status()).isEqualTo(403);
		assertThat(as("wuhu.coordinator").post(review + "/opinion-phase/closure", Map.of()).status()).isEqualTo(404);
		JsonNode closed = coordinator.post(review + "/opinion-phase/closure", Map.of()).json();
		assertThat(closed.path("status").asText()).isEqualTo("CONCLUSION");
		assertThat(closed.path("closedEarlyBy").asText()).isEqualTo("hefei.coordinator");
		assertThat(answers(closed)).containsExactly("3401-MR=NO_ANSWER", "3401-PS=ANSWERED", "3401-COM=ANSWERED");
		assertThat(coordinator.post(review + "/opinion-phase/closure", Map.of()).status()).isEqualTo(409);
		assertThat(owner.post("/api/tasks/" + silentTask + "/actions/submit", opinion("AGREE")).status())
			.isEqualTo(409);
		assertThat(agencies(commerce.get(review).json().path("opinions"))).containsExactly("3401-PS", "3401-COM");

		String conclusionTask = task(coordinator, review, "RecordConclusionTask");
		ApiClient.Response stranger = coordinator.post("/api/tasks/" + conclusionTask + "/actions/conclude",
				conclusion(Map.of("agencyCode", "3402-MR", "description", "Inspect", "dueDate", inDays(20))));
		assertThat(stranger.status()).isEqualTo(400);
		assertThat(stranger.toString()).contains("actions[0].agencyCode").contains("taking-part");
		act(coordinator, conclusionTask, "conclude", conclusion(
				Map.of("agencyCode", "3401-PS", "description", "Investigate the operator for fraud", "dueDate", inDays(20)),
				Map.of("agencyCode", "3401-COM", "description", "Check the prepaid card filing", "dueDate", inDays(20))));
		JsonNode concluded = police.get(review).json();
		assertThat(concluded.path("status").asText()).isEqualTo("ACTIONS");
		assertThat(concluded.path("conclusion").asText()).isEqualTo("Refer to the police; commerce checks the filing");
		JsonNode actions = concluded.path("actions");
		assertThat(actions.size()).isEqualTo(2);
		assertThat(strings(actions.get(1).path("allowedActions"))).isEmpty();
		assertThat(strings(coordinator.get(review).json().path("actions").get(1).path("allowedActions")))
			.containsExactly("cancel-action");

		String commerceAction = review + "/actions/" + actions.get(1).path("id").asText() + "/cancellation";
		assertThat(police.post(commerceAction, Map.of("reason", "Not needed")).status()).isEqualTo(403);
		assertThat(coordinator.post(commerceAction, Map.of("reason", "Filing confirmed at the meeting")).status())
			.isEqualTo(200);
		assertThat(coordinator.post(commerceAction, Map.of("reason", "Again")).status()).isEqualTo(409);
		assertThat(commerce.get("/api/tasks?process=joint-review&step=ReportActionTask").json().path("items").size())
			.isZero();
		String policeAction = task(police, review, "ReportActionTask");
		assertThat(rule(police, policeAction)).as("the coordinator's date").isEqualTo("custom");
		act(police, policeAction, "report-done",
				Map.of("report", "Case opened, file 2025-117"));

		// The review has ended: its record stays readable, the access to the cases is gone.
		JsonNode record = police.get(review).json();
		assertThat(record.path("status").asText()).isEqualTo("CLOSED");
		assertThat(agencies(record.path("opinions"))).containsExactly("3401-PS", "3401-COM");
		assertThat(record.path("opinions").get(1).path("stance").asText()).isEqualTo("DISAGREE");
		assertThat(statuses(record.path("actions"))).containsExactly("DONE", "CANCELLED");
		assertThat(record.path("actions").get(0).path("report").asText()).isEqualTo("Case opened, file 2025-117");
		assertThat(police.get("/api/cases/" + gym).status()).isEqualTo(404);
		assertThat(commerce.get("/api/cases/" + salon).status()).isEqualTo(404);
		assertThat(ids(commerce.get("/api/reviews").json())).contains(id(review));
		assertThat(ids(owner.get("/api/cases/" + gym + "/reviews").json())).containsExactly(id(review));
		for (ApiClient outsider : outsiders) {
			assertThat(outsider.get(review).status()).isEqualTo(404);
			assertThat(ids(outsider.get("/api/reviews").json())).doesNotContain(id(review));
		}
		assertThat(types(owner.get("/api/cases/" + gym + "/timeline").json())).containsSubsequence("REVIEW_CONVENED", "REVIEW_OPINION", "REVIEW_OPINION",
				"REVIEW_OPINIONS_CLOSED", "REVIEW_CONCLUDED", "REVIEW_ACTION_CANCELLED", "REVIEW_ACTION_DONE",
				"SHARE_REVOKED", "REVIEW_CLOSED");
	}

	@Test
	void aCoordinatorConvenesOnlyOverCasesAndDocumentsTheirAgencySees() {
		UUID wuhuCase = createCase(as("wuhu.inspector"), "Wuhu seller");
		UUID hefeiCase = createCase(as("hefei.inspector"), "Hefei seller");
		ApiClient coordinator = as("hefei.coordinator");

		assertProblem(coordinator.post("/api/reviews", convening(List.of(hefeiCase, wuhuCase), PARTICIPANTS, List.of())),
				"caseIds[1]", "visible-case");
		assertProblem(as("anhui.coordinator").post("/api/reviews",
				convening(List.of(hefeiCase), PARTICIPANTS, List.of())), "caseIds[0]", "visible-case");
		assertProblem(coordinator.post("/api/reviews", convening(List.of(hefeiCase), List.of("3401-PS", "9999-XX"),
				List.of())), "participants[1]", "known-agency");
		UUID foreignDocument = upload(as("wuhu.inspector"), wuhuCase, "photo.pdf");
		assertProblem(coordinator.post("/api/reviews", convening(List.of(hefeiCase), PARTICIPANTS,
				List.of(Map.of("caseId", hefeiCase, "documentId", foreignDocument)))), "materials[0].documentId",
				"visible-document-of-case");
		Map<String, Object> late = convening(List.of(hefeiCase), PARTICIPANTS, List.of());
		late.put("opinionDueDate", inDays(30));
		assertProblem(coordinator.post("/api/reviews", late), "opinionDueDate", "not-after-meeting");
		Map<String, Object> farAway = convening(List.of(hefeiCase), PARTICIPANTS, List.of());
		farAway.put("meetingAt", Instant.now().plus(1200, ChronoUnit.DAYS).toString());
		assertProblem(coordinator.post("/api/reviews", farAway), "meetingAt", "within-a-year");
		assertThat(coordinator.get("/api/cases/" + hefeiCase + "/reviews").json().size()).isZero();

		Map<String, Object> dated = convening(List.of(hefeiCase), List.of("3401-PS"), List.of());
		dated.put("opinionDueDate", inDays(7));
		ApiClient.Response convened = coordinator.post("/api/reviews", dated);
		assertThat(convened.status()).as(convened.toString()).isEqualTo(201);
		ApiClient police = as("hefei.police.inspector");
		String task = task(police, "/api/reviews/" + convened.json().path("id").asText(), "SubmitOpinionTask");
		assertThat(rule(police, task)).as("the coordinator's date").isEqualTo("custom");
	}

	@Test
	void aCaseOfAnotherAgencyComesIntoAReviewOnlyWithItsOwnersConsent() {
		ApiClient owner = as("hefei.inspector");
		ApiClient ownerSupervisor = as("hefei.supervisor");
		ApiClient wuhuCoordinator = as("wuhu.coordinator");
		ApiClient police = as("hefei.police.inspector");
		UUID gym = createCase(owner, "Prepaid gym seen by Wuhu");
		ApiClient.Response proposed = owner.post("/api/cases/" + gym + "/transfers",
				Map.of("targetAgency", "3402-MR", "reason", "The seller is registered in Wuhu"));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		act(ownerSupervisor, caseTask(ownerSupervisor, gym, "ApproveTransferTask"), "approve", Map.of());
		assertThat(as("wuhu.inspector").get("/api/cases/" + gym).status()).as("the pending target").isEqualTo(200);

		// Wuhu sees the case as a pending transfer target without owning it: its review waits for Hefei's supervisor,
		// and nobody else sees a thing.
		ApiClient.Response refusedOne = wuhuCoordinator.post("/api/reviews", convening(List.of(gym), List.of("3401-PS"),
				List.of()));
		assertThat(refusedOne.status()).as(refusedOne.toString()).isEqualTo(201);
		String refusedReview = "/api/reviews/" + refusedOne.json().path("id").asText();
		assertThat(refusedOne.json().path("status").asText()).isEqualTo("CONSENT");
		assertThat(answers(refusedOne.json(), "consents", "status")).containsExactly("3401-MR=PENDING");
		assertThat(police.get("/api/cases/" + gym).status()).isEqualTo(404);
		assertThat(police.get(refusedReview).status()).isEqualTo(404);
		assertThat(police.get("/api/tasks?process=joint-review&step=SubmitOpinionTask&size=100").toString())
			.doesNotContain(id(refusedReview));
		assertThat(owner.get(refusedReview).status()).as("the owner agency reads what it is asked").isEqualTo(200);
		String consent = task(ownerSupervisor, refusedReview, "GiveConsentTask");
		assertThat(rule(ownerSupervisor, consent)).isEqualTo("respond");
		assertThat(owner.post("/api/tasks/" + consent + "/actions/refuse", Map.of("reason", "x")).status())
			.as("the owner's supervisor answers").isEqualTo(404);

		act(ownerSupervisor, consent, "refuse", Map.of("reason", "Our investigation is confidential"));
		JsonNode refused = wuhuCoordinator.get(refusedReview).json();
		assertThat(refused.path("status").asText()).isEqualTo("REFUSED");
		assertThat(answers(refused, "consents", "status")).containsExactly("3401-MR=REFUSED");
		assertThat(refused.path("consents").get(0).path("reason").asText()).isEqualTo("Our investigation is confidential");
		assertThat(police.get("/api/cases/" + gym).status()).isEqualTo(404);
		assertThat(police.get(refusedReview).status()).isEqualTo(404);
		assertThat(ids(police.get("/api/reviews").json())).doesNotContain(id(refusedReview));

		// Asked again, Hefei consents: only now does the police see the case, as its summary.
		ApiClient.Response second = wuhuCoordinator.post("/api/reviews", convening(List.of(gym), List.of("3401-PS"),
				List.of()));
		String consentedReview = "/api/reviews/" + second.json().path("id").asText();
		assertThat(police.get("/api/cases/" + gym).status()).isEqualTo(404);
		act(ownerSupervisor, task(ownerSupervisor, consentedReview, "GiveConsentTask"), "consent", Map.of());
		JsonNode opened = wuhuCoordinator.get(consentedReview).json();
		assertThat(opened.path("status").asText()).isEqualTo("OPINIONS");
		assertThat(answers(opened, "consents", "status")).containsExactly("3401-MR=CONSENTED");
		JsonNode seen = police.get("/api/cases/" + gym).json();
		assertThat(seen.path("access").path("scope").asText()).isEqualTo("SUMMARY");
		assertThat(seen.toString()).doesNotContain("Zhang San");
		assertThat(police.get(consentedReview).status()).isEqualTo(200);
		task(police, consentedReview, "SubmitOpinionTask");
	}

	private ApiClient as(String username) {
		return ApiClient.as(port, username);
	}

	private static Map<String, Object> convening(List<UUID> caseIds, List<String> participants,
			List<Map<String, Object>> materials) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Prepaid card closures in Shushan");
		body.put("agenda", "1. Is this fraud? 2. Who handles the refunds?");
		body.put("caseIds", caseIds);
		body.put("participants", participants);
		body.put("materials", materials);
		body.put("meetingAt", Instant.now().plus(10, ChronoUnit.DAYS).toString());
		return body;
	}

	private static Map<String, Object> opinion(String stance) {
		return Map.of("stance", stance, "reasoning", "The operator kept selling cards while closing the shops");
	}

	@SafeVarargs
	private static Map<String, Object> conclusion(Map<String, Object>... actions) {
		return Map.of("conclusion", "Refer to the police; commerce checks the filing", "actions", List.of(actions));
	}

	private static String inDays(int days) {
		return LocalDate.now().plusDays(days).toString();
	}

	/** The open review task of the officer at {@code step}; exactly one must exist. */
	private static String task(ApiClient officer, String review, String step) {
		JsonNode items = officer.get("/api/tasks?process=joint-review&step=" + step + "&size=100").json().path("items");
		List<String> found = StreamSupport.stream(items.spliterator(), false)
			.filter(t -> t.path("recordId").asText().equals(id(review)))
			.map(t -> t.path("id").asText())
			.toList();
		assertThat(found).as(step + " tasks").hasSize(1);
		return found.get(0);
	}

	private static String caseTask(ApiClient officer, UUID caseId, String step) {
		JsonNode items = officer.get("/api/tasks?caseId=" + caseId + "&step=" + step).json().path("items");
		assertThat(items.size()).as(step).isEqualTo(1);
		return items.get(0).path("id").asText();
	}

	private static String rule(ApiClient officer, String task) {
		return officer.get("/api/tasks/" + task).json().path("task").path("deadline").path("rule").path("code").asText();
	}

	private static void approve(ApiClient supervisor, String review) {
		act(supervisor, task(supervisor, review, "ApproveOpinionTask"), "approve", Map.of());
	}

	private static void act(ApiClient officer, String task, String action, Object body) {
		ApiClient.Response done = officer.post("/api/tasks/" + task + "/actions/" + action, body);
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	private static String id(String review) {
		return review.substring(review.lastIndexOf('/') + 1);
	}

	private static List<String> ids(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("id").asText()).toList();
	}

	private static List<String> agencies(JsonNode opinions) {
		return StreamSupport.stream(opinions.spliterator(), false).map(n -> n.path("agencyCode").asText()).toList();
	}

	private static List<String> statuses(JsonNode actions) {
		return StreamSupport.stream(actions.spliterator(), false).map(n -> n.path("status").asText()).toList();
	}

	private static List<String> answers(JsonNode review) {
		return answers(review, "participants", "answer");
	}

	private static List<String> answers(JsonNode review, String list, String field) {
		return StreamSupport.stream(review.path(list).spliterator(), false)
			.map(n -> n.path("agencyCode").asText() + "=" + n.path(field).asText())
			.toList();
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

	private static List<String> types(JsonNode timeline) {
		return StreamSupport.stream(timeline.spliterator(), false).map(n -> n.path("type").asText()).toList();
	}

	private static void assertProblem(ApiClient.Response response, String field, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.toString()).contains(field).contains(rule);
	}

	private static UUID createCase(ApiClient inspector, String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("summary", "Prepaid cards sold, then the shop closed without refunds");
		body.put("category", "PREPAID_CARD");
		body.put("regionCode", "340104");
		body.put("parties", List.of(Map.of("kind", "BUSINESS", "name", "Shushan Fitness Ltd", "creditCode",
				"91340100MA2N123401", "regionCode", "340104"),
				Map.of("kind", "PERSON", "name", "Zhang San", "idNumber", "340104199001011234")));
		body.put("informant", Map.of("name", "Li Si", "contact", "13900000000", "channel", "HOTLINE"));
		ApiClient.Response created = inspector.post("/api/cases", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asText());
	}

	private static UUID upload(ApiClient owner, UUID caseId, String fileName) {
		String boundary = "review-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 review material\r\n--" + boundary + "--\r\n";
		ApiClient.Response uploaded = owner.send(owner.request("/api/cases/" + caseId + "/documents")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		return UUID.fromString(uploaded.json().path("id").asText());
	}
}
