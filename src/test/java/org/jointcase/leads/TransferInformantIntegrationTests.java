package org.jointcase.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.AuditEntries;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The informant's identity follows explicit grants only: the approving supervisor's tick lets it travel to the new
 * owner through a logged grant of its own that outlives the transfer; without the tick the new owner sees that an
 * informant exists, how they reported and who recorded them, and the sender, which recorded it, keeps seeing it.
 */
@IntegrationTest
class TransferInformantIntegrationTests {

	static final String NAME = "Wang Wu", CONTACT = "13800000000";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient as(String officer) {
		return ApiClient.as(port, officer);
	}

	@Test
	void aTickedTransferGivesTheNewOwnerTheIdentityThroughALoggedGrantThatOutlivesTheTransfer() {
		UUID caseId = TransferFixtures.createCase(as("hefei.inspector"), "Expired infant cereal", "91340100711774045X");
		UUID transfer = TransferFixtures.propose(as("hefei.inspector"), caseId, "3402-MR");
		TransferFixtures.act(as("hefei.supervisor"), caseId, "ApproveTransferTask", "approve",
				Map.of("note", "The informant agreed", "informantIdentityTravels", true));

		JsonNode record = as("wuhu.supervisor").get("/api/transfers/" + transfer).json();
		assertThat(record.path("informantIdentityTravels").asBoolean()).isTrue();
		assertThat(record.path("informantGrant").path("grantedBy").asText()).isEqualTo("hefei.supervisor");
		assertThat(record.path("informantGrant").path("grantedAgency").asText()).isEqualTo("3401-MR");
		assertThat(record.path("informantGrant").path("grantedAt").isMissingNode()).isFalse();
		// Pending, the target sees the record without the informant: the grant takes effect with ownership.
		assertIdentityHidden("wuhu.supervisor", caseId);

		TransferFixtures.act(as("wuhu.supervisor"), caseId, "AcceptTransferTask", "accept", Map.of());
		assertIdentityShown("wuhu.inspector", caseId);
		assertIdentityShown("hefei.inspector", caseId);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'share.grant-informant' and case_id = ? "
				+ "and officer = 'hefei.supervisor'").param(caseId).query(Long.class).single()).isEqualTo(1);

		// The transfer ends: the access it gave for deciding ends, the informant grant stays.
		TransferFixtures.act(as("wuhu.inspector"), caseId, "ReportResultTask", "report", Map.of("result", "Fined"));
		TransferFixtures.act(as("hefei.inspector"), caseId, "AcknowledgeResultTask", "acknowledge", Map.of());
		assertThat(as("hefei.inspector").get("/api/transfers/" + transfer).json().path("status").asText())
			.isEqualTo("COMPLETED");
		assertIdentityShown("wuhu.inspector", caseId);
		assertTimelineWithoutIdentity("wuhu.inspector", caseId);
	}

	@Test
	void withoutTheTickTheNewOwnerSeesOnlyThatAnInformantExistsAndCannotLetTheIdentityTravelOnward() {
		UUID caseId = TransferFixtures.createCase(as("hefei.inspector"), "Fake certificates", "91340100MA2N123401");
		UUID transfer = TransferFixtures.propose(as("hefei.inspector"), caseId, "3402-MR");
		TransferFixtures.act(as("hefei.supervisor"), caseId, "ApproveTransferTask", "approve", Map.of());
		assertThat(as("hefei.inspector").get("/api/transfers/" + transfer).json()
			.path("informantIdentityTravels").asBoolean()).isFalse();
		TransferFixtures.act(as("wuhu.supervisor"), caseId, "AcceptTransferTask", "accept", Map.of());

		JsonNode owner = as("wuhu.inspector").get("/api/cases/" + caseId).json();
		assertThat(owner.path("ownerAgency").asText()).isEqualTo("3402-MR");
		assertThat(owner.path("informant").path("present").asBoolean()).isTrue();
		assertThat(owner.path("informant").path("channel").asText()).isEqualTo("ONLINE");
		assertThat(owner.path("informant").path("recordedBy").asText()).isEqualTo("3401-MR");
		assertIdentityHidden("wuhu.inspector", caseId);
		assertIdentityShown("hefei.inspector", caseId);
		assertTimelineWithoutIdentity("wuhu.inspector", caseId);

		// Onward, Wuhu's supervisor cannot let travel an identity Wuhu does not know (403), and approves without it.
		TransferFixtures.act(as("wuhu.inspector"), caseId, "ReportResultTask", "report", Map.of("result", "Opened"));
		TransferFixtures.act(as("hefei.inspector"), caseId, "AcknowledgeResultTask", "acknowledge", Map.of());
		TransferFixtures.propose(as("wuhu.inspector"), caseId, "340202-MR");
		String approve = TransferFixtures.task(as("wuhu.supervisor"), caseId, "ApproveTransferTask");
		ApiClient.Response ticked = as("wuhu.supervisor").post("/api/tasks/" + approve + "/actions/approve",
				Map.of("informantIdentityTravels", true));
		assertThat(ticked.status()).as(ticked.toString()).isEqualTo(403);
		assertThat(AuditEntries.lastRefusalRule(jdbc, "wuhu.supervisor")).isEqualTo("informant-known");
		assertThat(as("wuhu.supervisor").post("/api/tasks/" + approve + "/actions/approve", Map.of()).status())
			.isEqualTo(204);
	}

	private void assertIdentityShown(String officer, UUID caseId) {
		JsonNode informant = as(officer).get("/api/cases/" + caseId).json().path("informant");
		assertThat(informant.path("identityShown").asBoolean()).as(officer).isTrue();
		assertThat(informant.path("name").asText()).as(officer).isEqualTo(NAME);
		assertThat(informant.path("contact").asText()).as(officer).isEqualTo(CONTACT);
	}

	private void assertIdentityHidden(String officer, UUID caseId) {
		JsonNode view = as(officer).get("/api/cases/" + caseId).json();
		assertThat(view.path("informant").path("identityShown").asBoolean()).as(officer).isFalse();
		assertThat(view.path("access").path("informantIdentity").asBoolean()).as(officer).isFalse();
		assertThat(view.toString()).as(officer).doesNotContain(NAME, CONTACT);
	}

	private void assertTimelineWithoutIdentity(String officer, UUID caseId) {
		ApiClient.Response timeline = as(officer).get("/api/cases/" + caseId + "/timeline");
		assertThat(timeline.status()).isEqualTo(200);
		assertThat(timeline.toString()).contains("OWNER_CHANGED").doesNotContain(NAME, CONTACT);
	}
}
