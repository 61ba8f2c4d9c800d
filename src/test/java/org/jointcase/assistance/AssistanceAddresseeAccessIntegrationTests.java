package org.jointcase.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcase.assistance.AssistanceFixtures.act;
import static org.jointcase.assistance.AssistanceFixtures.addressee;
import static org.jointcase.assistance.AssistanceFixtures.agencies;
import static org.jointcase.assistance.AssistanceFixtures.createCase;
import static org.jointcase.assistance.AssistanceFixtures.ids;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.PageClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The purpose-bound access of an addressed agency, over HTTP: while its part runs it sees the case summary and the
 * documents sent to it — no natural person, notes or timeline — and its own part of the request; when its part ends
 * (reply accepted, decline stands, readdressed, request cancelled) the case is gone and the request record keeps its
 * own items and replies, never another agency's.
 */
@IntegrationTest
class AssistanceAddresseeAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anAcceptedReplyEndsItsAgencysAccessAndTheOtherAgencyNeverSeesIt() {
		Request request = sent(List.of("3402-MR", "3402-PS"));
		ApiClient wuhu = as("wuhu.inspector");
		ApiClient police = as("wuhu.police.inspector");
		assertSummaryOnly(wuhu, request);
		assertSummaryOnly(police, request);
		JsonNode view = wuhu.get(request.path()).json();
		assertThat(strings(addressee(view, "3402-MR").path("allowedActions"))).isEmpty();

		acceptAndReply(request, "wuhu", "3402-MR", "Registered in Wuhu since 2019");
		assertThat(strings(addressee(wuhu.get(request.path()).json(), "3402-MR").path("allowedActions"))).isEmpty();
		acceptAndReply(request, "wuhu.police", "3402-PS", "No criminal record");

		// The police agency also holds a full share of the case, so it reads the timeline: its reply, not Wuhu's.
		ApiClient.Response shared = as("hefei.supervisor").post("/api/cases/" + request.caseId() + "/shares",
				Map.of("agencyCode", "3402-PS", "scope", "FULL_RECORD", "reason", "Joint investigation"));
		assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
		assertThat(details(police, request, "ASSISTANCE_REPLIED")).containsExactly("3402-PS");
		assertThat(details(as("hefei.inspector"), request, "ASSISTANCE_REPLIED"))
			.containsExactlyInAnyOrder("3402-MR", "3402-PS");

		act(as("hefei.inspector"), stepOf(request, "3402-MR", AssistanceProcess.REVIEW_REPLY), "accept", Map.of());
		assertPartEnded(wuhu, request, "3402-MR", "REPLY_ACCEPTED");
		JsonNode kept = wuhu.get(request.path()).json();
		assertThat(kept.toString()).contains("Registered in Wuhu since 2019").doesNotContain("No criminal record");
		assertThat(kept.path("items").size()).isEqualTo(1);
		JsonNode policeSees = police.get(request.path()).json();
		assertThat(agencies(policeSees)).containsExactly("3402-PS");
		assertThat(policeSees.toString()).doesNotContain("Registered in Wuhu");
		assertThat(police.get("/api/cases/" + request.caseId()).status()).as("its part still runs").isEqualTo(200);
	}

	@Test
	void theRecordPageShowsAnAddresseeItsOwnStepsAndTheRequestersNeverAnotherAddressees() {
		Request request = sent(List.of("3402-MR", "3402-PS"));
		act(as("wuhu.supervisor"), myTask(as("wuhu.supervisor"), request, AssistanceProcess.ACCEPT_REQUEST), "accept",
				Map.of());
		act(as("wuhu.police.supervisor"), myTask(as("wuhu.police.supervisor"), request,
				AssistanceProcess.ACCEPT_REQUEST), "accept", Map.of());

		String wuhuPage = PageClient.signIn(port, "wuhu.inspector").get("/assistance-requests/" + request.id()).text();
		// The steps table names each step's agency and role ("Wuhu Market Regulation Bureau · Supervisor").
		assertThat(wuhuPage).contains("Wuhu Market Regulation Bureau · ").contains("Hefei Market Regulation Bureau · ")
			.doesNotContain("Wuhu Public Security Bureau · ").doesNotContain("wuhu.police.supervisor")
			.doesNotContain("Wuhu Police Supervisor");
		String requesterPage = PageClient.signIn(port, "hefei.inspector").get("/assistance-requests/" + request.id())
			.text();
		assertThat(requesterPage).contains("Wuhu Market Regulation Bureau · ").contains("Wuhu Public Security Bureau · ");
	}

	@Test
	void aDeclineThatStandsEndsTheAgencysAccess() {
		Request request = sent(List.of("3402-MR"));
		ApiClient wuhu = as("wuhu.inspector");
		assertSummaryOnly(wuhu, request);
		act(as("wuhu.supervisor"), myTask(as("wuhu.supervisor"), request, AssistanceProcess.ACCEPT_REQUEST), "decline",
				Map.of("reason", "Not registered with us"));
		assertThat(wuhu.get("/api/cases/" + request.caseId()).status()).as("a decline not yet settled").isEqualTo(200);
		JsonNode declined = addressee(as("hefei.inspector").get(request.path()).json(), "3402-MR");
		assertThat(strings(declined.path("allowedActions"))).containsExactly("readdress");

		act(as("hefei.inspector"), stepOf(request, "3402-MR", AssistanceProcess.CONSIDER_DECLINE), "let-decline-stand",
				Map.of());
		assertPartEnded(wuhu, request, "3402-MR", "DECLINE_STANDS");
	}

	@Test
	void aReaddressedAgencyLosesTheCaseAndTheNewOneGetsIt() {
		Request request = sent(List.of("340202-MR"));
		ApiClient jinghu = as("jinghu.inspector");
		assertSummaryOnly(jinghu, request);
		act(as("jinghu.supervisor"), myTask(as("jinghu.supervisor"), request, AssistanceProcess.ACCEPT_REQUEST),
				"decline", Map.of("reason", "The seller is in Wuhu", "suggestedAgency", "3402-MR"));
		assertThat(as("wuhu.inspector").post(request.path() + "/addressees/340202-MR/readdress",
				Map.of("agencyCode", "3402-MR")).status()).as("only the requester readdresses").isEqualTo(404);
		assertThat(jinghu.post(request.path() + "/addressees/340202-MR/readdress", Map.of("agencyCode", "3402-MR"))
			.toString()).startsWith("403").contains("requesting-agency");
		ApiClient.Response readdressed = as("hefei.inspector").post(request.path() + "/addressees/340202-MR/readdress",
				Map.of("agencyCode", "3402-MR", "reason", "As Jinghu suggests"));
		assertThat(readdressed.status()).as(readdressed.toString()).isEqualTo(200);

		assertPartEnded(jinghu, request, "340202-MR", "READDRESSED");
		assertSummaryOnly(as("wuhu.inspector"), request);
	}

	@Test
	void aCancelledRequestEndsEveryAgencysAccess() {
		Request request = sent(List.of("3402-MR", "3402-PS"));
		ApiClient wuhu = as("wuhu.inspector");
		acceptAndReply(request, "wuhu", "3402-MR", "Registered in Wuhu since 2019");
		assertThat(strings(as("hefei.inspector").get(request.path()).json().path("allowedActions")))
			.containsExactly("cancel");
		assertThat(strings(wuhu.get(request.path()).json().path("allowedActions"))).isEmpty();

		ApiClient.Response cancelled = as("hefei.inspector").post(request.path() + "/cancellation",
				Map.of("reason", "The seller confessed"));
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		assertThat(strings(cancelled.json().path("allowedActions"))).isEmpty();

		assertPartEnded(wuhu, request, "3402-MR", "REPLIED");
		assertThat(wuhu.get(request.path()).toString()).contains("Registered in Wuhu since 2019");
		assertPartEnded(as("wuhu.police.inspector"), request, "3402-PS", "AWAITING_ACCEPTANCE");
	}

	@Test
	void onlyTheOwnerAgencyAsksForAssistanceAboutItsCase() {
		ApiClient owner = as("hefei.inspector");
		UUID caseId = createCase(owner);
		ApiClient.Response shared = as("hefei.supervisor").post("/api/cases/" + caseId + "/shares",
				Map.of("agencyCode", "3402-MR", "scope", "FULL_RECORD_WITH_DOCUMENTS", "reason", "Joint investigation"));
		assertThat(shared.status()).as(shared.toString()).isEqualTo(201);

		ApiClient.Response refused = as("wuhu.inspector").post("/api/cases/" + caseId + "/assistance-requests",
				requestBody(List.of("3402-PS"), List.of()));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(refused.toString()).contains("owner-agency");
		assertThat(as("hefei.health.inspector").post("/api/cases/" + caseId + "/assistance-requests",
				requestBody(List.of("3402-PS"), List.of())).status()).as("not seen: 404").isEqualTo(404);
		assertThat(owner.get("/api/cases/" + caseId + "/assistance-requests").json().size()).isZero();
		assertThat(as("wuhu.police.inspector").get("/api/cases/" + caseId).status()).isEqualTo(404);
	}

	/** A request, approved and sent, from Hefei about a case with a person, a note and two documents (one sent). */
	private Request sent(List<String> addressees) {
		ApiClient owner = as("hefei.inspector");
		UUID caseId = createCase(owner);
		assertThat(owner.post("/api/cases/" + caseId + "/notes", Map.of("text", "Internal: call the landlord"))
			.status()).isEqualTo(201);
		UUID sentDocument = upload(owner, caseId, "contract.pdf");
		UUID kept = upload(owner, caseId, "internal-memo.pdf");
		ApiClient.Response created = owner.post("/api/cases/" + caseId + "/assistance-requests",
				requestBody(addressees, List.of(sentDocument)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Request request = new Request(caseId, created.json().path("id").asText(), sentDocument, kept);
		for (String agency : addressees) {
			assertThat(as(officerOf(agency) + ".inspector").get(request.path()).status()).as("not sent yet")
				.isEqualTo(404);
		}
		ApiClient supervisor = as("hefei.supervisor");
		act(supervisor, myTask(supervisor, request, AssistanceProcess.APPROVE_REQUEST), "approve", Map.of());
		return request;
	}

	private record Request(UUID caseId, String id, UUID sentDocument, UUID keptDocument) {

		String path() {
			return "/api/assistance-requests/" + id;
		}
	}

	private void acceptAndReply(Request request, String officer, String agency, String finding) {
		ApiClient supervisor = as(officer + ".supervisor");
		act(supervisor, myTask(supervisor, request, AssistanceProcess.ACCEPT_REQUEST), "accept", Map.of());
		ApiClient inspector = as(officer + ".inspector");
		assertThat(strings(addressee(inspector.get(request.path()).json(), agency).path("allowedActions")))
			.containsExactly("ask-extension", "upload-reply-document");
		act(inspector, myTask(inspector, request, AssistanceProcess.REPLY), "reply",
				Map.of("findings", List.of(Map.of("item", 1, "finding", finding))));
		act(supervisor, myTask(supervisor, request, AssistanceProcess.APPROVE_REPLY), "approve", Map.of());
	}

	/** The case's summary and the sent document, nothing more, and the agency's own part of the request. */
	private void assertSummaryOnly(ApiClient addressee, Request request) {
		String caseUrl = "/api/cases/" + request.caseId();
		ApiClient.Response seen = addressee.get(caseUrl);
		assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
		assertThat(seen.json().path("access").path("scope").asText()).isEqualTo("SUMMARY");
		assertThat(seen.json().path("summary").asText()).contains("Prepaid gym cards");
		assertThat(seen.toString()).doesNotContain("Zhang San").doesNotContain("Li Si").doesNotContain("13900000000");
		assertThat(addressee.get(caseUrl + "/notes").status()).isEqualTo(404);
		assertThat(addressee.get(caseUrl + "/timeline").status()).isEqualTo(404);
		assertThat(ids(addressee.get(caseUrl + "/documents").json())).containsExactly(request.sentDocument().toString());
		assertThat(addressee.get(caseUrl + "/documents/" + request.keptDocument() + "/content").status())
			.isEqualTo(404);
		assertThat(addressee.get(request.path()).status()).isEqualTo(200);
	}

	/** The case is gone; the request record shows the agency's own part only. */
	private void assertPartEnded(ApiClient addressee, Request request, String agency, String status) {
		String caseUrl = "/api/cases/" + request.caseId();
		assertThat(addressee.get(caseUrl).status()).isEqualTo(404);
		assertThat(addressee.get(caseUrl + "/documents/" + request.sentDocument() + "/content").status())
			.isEqualTo(404);
		assertThat(addressee.get(caseUrl + "/assistance-requests").status()).isEqualTo(404);
		ApiClient.Response record = addressee.get(request.path());
		assertThat(record.status()).as(record.toString()).isEqualTo(200);
		assertThat(agencies(record.json())).containsExactly(agency);
		assertThat(addressee(record.json(), agency).path("status").asText()).isEqualTo(status);
		assertThat(strings(addressee(record.json(), agency).path("allowedActions"))).isEmpty();
		assertThat(record.json().path("items").size()).isEqualTo(1);
	}

	private List<String> details(ApiClient reader, Request request, String type) {
		ApiClient.Response timeline = reader.get("/api/cases/" + request.caseId() + "/timeline");
		assertThat(timeline.status()).as(timeline.toString()).isEqualTo(200);
		List<String> details = new ArrayList<>();
		timeline.json().forEach(entry -> {
			if (entry.path("type").asText().equals(type)) {
				details.add(entry.path("detail").asText());
			}
		});
		return details;
	}

	private static String officerOf(String agency) {
		return switch (agency) {
			case "3402-MR" -> "wuhu";
			case "3402-PS" -> "wuhu.police";
			case "340202-MR" -> "jinghu";
			default -> throw new IllegalArgumentException(agency);
		};
	}

	private ApiClient as(String username) {
		return ApiClient.as(port, username);
	}

	private static Map<String, Object> requestBody(List<String> addressees, List<UUID> documentIds) {
		return Map.of("items", List.of(Map.of("question", "Is the seller registered with you?",
				"business", Map.of("name", "Hefei Fitness Ltd", "creditCode", AssistanceFixtures.SELLER_CODE))),
				"addressees", addressees, "documentIds", documentIds);
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(value -> strings.add(value.asText()));
		return strings;
	}

	private static String myTask(ApiClient officer, Request request, String step) {
		return AssistanceFixtures.myTask(officer, request.caseId(), step);
	}

	private String stepOf(Request request, String agency, String step) {
		return AssistanceFixtures.stepOf(as("hefei.inspector"), request.id(), agency, step);
	}

	private UUID upload(ApiClient officer, UUID caseId, String fileName) {
		String boundary = "jointcase-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 evidence of " + fileName + "\r\n--" + boundary
				+ "--\r\n";
		ApiClient.Response uploaded = officer.send(officer.request("/api/cases/" + caseId + "/documents")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		return UUID.fromString(uploaded.json().path("id").asText());
	}
}
