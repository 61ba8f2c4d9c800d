package org.jointcase.disclosures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.AuditEntries;
import org.jointcase.IntegrationTest;
import org.jointcase.cases.CaseLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new owner without the informant's identity asks the recording agency for it over HTTP: Hefei market regulation
 * recorded the informant and transferred the case to Wuhu without the identity; Wuhu asks, Hefei's supervisor refuses
 * once and grants the second time. Jinghu, which Wuhu shares the full record with, sees none of it.
 */
@IntegrationTest
class InformantRequestIntegrationTests {

	static final String NAME = "Zhao Liu", CONTACT = "13700000000";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient as(String officer) {
		return ApiClient.as(port, officer);
	}

	@Test
	void theNewOwnerAsksTheRecordingAgencyWhichRefusesOnceAndGrantsTheSecondTime() {
		UUID caseId = transferredWithoutTheIdentity();
		String requests = "/api/cases/" + caseId + "/informant-requests";

		// Who may ask: the owner's officers lacking the identity; the sender knows it, an outsider sees nothing.
		assertThat(actions("wuhu.inspector", caseId)).containsExactly("request-informant-identity");
		assertThat(actions("hefei.inspector", caseId)).isEmpty();
		assertThat(as("hefei.inspector").post(requests, Map.of("reason", "curious")).status()).isEqualTo(403);
		assertThat(AuditEntries.lastRefusalRule(jdbc, "hefei.inspector")).isEqualTo("owner-agency");
		assertThat(as("hefei.health.inspector").post(requests, Map.of("reason", "curious")).status()).isEqualTo(404);
		assertThat(as("wuhu.inspector").post(requests, Map.of("reason", " ")).status()).isEqualTo(400);

		UUID first = ask(caseId, "We need to hear the informant as a witness");
		JsonNode pending = as("hefei.inspector").get("/api/informant-requests/" + first).json();
		assertThat(pending.path("status").asText()).isEqualTo("PENDING");
		assertThat(pending.path("requestingAgency").asText()).isEqualTo("3402-MR");
		assertThat(pending.path("recordingAgency").asText()).isEqualTo("3401-MR");
		assertThat(as("wuhu.inspector").post(requests, Map.of("reason", "again")).status()).isEqualTo(409);
		assertThat(actions("wuhu.inspector", caseId)).isEmpty();
		assertThat(as("hefei.health.inspector").get("/api/informant-requests/" + first).status()).isEqualTo(404);
		assertThat(as("jinghu.inspector").get("/api/informant-requests/" + first).status()).isEqualTo(404);

		// The recording agency's supervisor decides in the inbox; the requesting agency cannot.
		String decide = task("hefei.supervisor", caseId);
		assertThat(as("wuhu.supervisor").post("/api/tasks/" + decide + "/actions/grant", Map.of()).status())
			.isEqualTo(404);
		assertThat(as("hefei.supervisor").post("/api/tasks/" + decide + "/actions/refuse", Map.of()).status())
			.isEqualTo(400);
		assertThat(as("hefei.supervisor").post("/api/tasks/" + decide + "/actions/refuse",
				Map.of("reason", "The informant fears reprisals")).status()).isEqualTo(204);
		JsonNode refused = as("wuhu.inspector").get("/api/informant-requests/" + first).json();
		assertThat(refused.path("status").asText()).isEqualTo("REFUSED");
		assertThat(refused.path("decidedBy").asText()).isEqualTo("hefei.supervisor");
		assertThat(refused.path("decidedAt").isMissingNode()).isFalse();
		assertThat(refused.path("decisionNote").asText()).isEqualTo("The informant fears reprisals");
		assertThat(as("wuhu.inspector").get("/api/cases/" + caseId).toString()).doesNotContain(NAME, CONTACT);
		assertThat(audited("informant-request.refuse", caseId)).isEqualTo(1);

		// Asked again, with the longest reason there is, and granted: Wuhu reads the identity through a logged
		// disclosure grant. The request keeps the whole reason; the timeline cites it.
		String longest = "The prosecutor needs the witness. ".repeat(100).substring(0, DisclosureLimits.REASON);
		UUID second = ask(caseId, longest);
		assertThat(as("wuhu.inspector").get("/api/informant-requests/" + second).json().path("reason").asText())
			.isEqualTo(longest);
		JsonNode timeline = as("wuhu.inspector").get("/api/cases/" + caseId + "/timeline").json();
		assertThat(timeline.findValuesAsText("detail")).anySatisfy(detail -> assertThat(detail)
			.startsWith("3401-MR: The prosecutor needs the witness.").endsWith("…").hasSize(CaseLimits.EVENT_DETAIL));
		assertThat(as("hefei.supervisor").post("/api/tasks/" + task("hefei.supervisor", caseId) + "/actions/grant",
				Map.of("note", "The informant agreed")).status()).isEqualTo(204);
		JsonNode granted = as("wuhu.supervisor").get("/api/informant-requests/" + second).json();
		assertThat(granted.path("status").asText()).isEqualTo("GRANTED");
		assertThat(granted.toString()).doesNotContain(NAME, CONTACT);
		JsonNode informant = as("wuhu.inspector").get("/api/cases/" + caseId).json().path("informant");
		assertThat(informant.path("name").asText()).isEqualTo(NAME);
		assertThat(informant.path("contact").asText()).isEqualTo(CONTACT);
		assertThat(actions("wuhu.inspector", caseId)).isEmpty();
		assertThat(audited("share.grant-informant", caseId)).isEqualTo(1);
		assertThat(audited("informant-request.grant", caseId)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from case_share where case_id = ? and source = 'DISCLOSURE' and "
				+ "include_informant and agency_code = '3402-MR' and revoked_at is null").param(caseId)
			.query(Long.class).single()).isEqualTo(1);

		// Both outcomes are on the timeline of the two agencies, and nowhere else.
		for (String party : List.of("wuhu.inspector", "hefei.inspector")) {
			assertThat(types(party, caseId)).as(party).contains("INFORMANT_IDENTITY_REQUESTED",
					"INFORMANT_IDENTITY_REFUSED", "INFORMANT_IDENTITY_DISCLOSED");
		}
		assertThat(types("jinghu.inspector", caseId)).doesNotContain("INFORMANT_IDENTITY_REQUESTED",
				"INFORMANT_IDENTITY_REFUSED", "INFORMANT_IDENTITY_DISCLOSED");
		assertThat(as("hefei.inspector").get("/api/cases/" + caseId + "/informant-requests").json().path("requests")
			.size()).isEqualTo(2);
	}

	@Test
	void anOwnerThatRecordedTheInformantHasNothingToAsk() {
		UUID caseId = createCase("Unlabelled cosmetics", "91340200MA8P56780L");
		assertThat(actions("hefei.inspector", caseId)).isEmpty();
		assertThat(as("hefei.inspector").post("/api/cases/" + caseId + "/informant-requests",
				Map.of("reason", "why not")).status()).isEqualTo(403);
		assertThat(AuditEntries.lastRefusalRule(jdbc, "hefei.inspector")).isEqualTo("identity-unknown");
	}

	/** Hefei records the case with its informant and transfers it to Wuhu without the identity; Jinghu sees it. */
	private UUID transferredWithoutTheIdentity() {
		UUID caseId = createCase("Counterfeit phone chargers", "91340100711774045X");
		ApiClient.Response proposed = as("hefei.inspector").post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", "3402-MR", "reason", "The seller's shop is in Wuhu"));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		act("hefei.supervisor", caseId, "ApproveTransferTask", "approve");
		act("wuhu.supervisor", caseId, "AcceptTransferTask", "accept");
		assertThat(as("wuhu.supervisor").post("/api/cases/" + caseId + "/shares", Map.of("agencyCode", "340202-MR",
				"scope", "FULL_RECORD", "reason", "The shop's branch is in Jinghu")).status()).isEqualTo(201);
		return caseId;
	}

	private UUID createCase(String title, String creditCode) {
		ApiClient.Response created = as("hefei.inspector").post("/api/cases", Map.of("title", title, "summary",
				title + " reported", "category", "PRODUCT_QUALITY", "regionCode", "3401", "parties",
				List.of(Map.of("kind", "BUSINESS", "name", title + " Ltd", "creditCode", creditCode)), "informant",
				Map.of("name", NAME, "contact", CONTACT, "channel", "HOTLINE")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asText());
	}

	private UUID ask(UUID caseId, String reason) {
		ApiClient.Response asked = as("wuhu.inspector").post("/api/cases/" + caseId + "/informant-requests",
				Map.of("reason", reason));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		assertThat(asked.header("Location")).startsWith("/api/informant-requests/");
		return UUID.fromString(asked.json().path("id").asText());
	}

	private String task(String officer, UUID caseId) {
		JsonNode items = as(officer).get("/api/tasks?caseId=" + caseId + "&step=" + InformantDisclosureProcess.DECIDE)
			.json().path("items");
		assertThat(items.size()).as(officer).isEqualTo(1);
		assertThat(items.get(0).path("deadline").path("rule").path("code").asText()).isEqualTo("respond");
		return items.get(0).path("id").asText();
	}

	private void act(String officer, UUID caseId, String step, String action) {
		String task = as(officer).get("/api/tasks?caseId=" + caseId + "&step=" + step).json().path("items").get(0)
			.path("id").asText();
		assertThat(as(officer).post("/api/tasks/" + task + "/actions/" + action, Map.of()).status()).isEqualTo(204);
	}

	private List<String> actions(String officer, UUID caseId) {
		List<String> actions = new ArrayList<>();
		as(officer).get("/api/cases/" + caseId + "/informant-requests").json().path("allowedActions")
			.forEach(action -> actions.add(action.asText()));
		return actions;
	}

	private List<String> types(String officer, UUID caseId) {
		return as(officer).get("/api/cases/" + caseId + "/timeline").json().findValuesAsText("type");
	}

	private long audited(String action, UUID caseId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and case_id = ? and outcome = 'ALLOWED'")
			.params(action, caseId).query(Long.class).single();
	}
}
