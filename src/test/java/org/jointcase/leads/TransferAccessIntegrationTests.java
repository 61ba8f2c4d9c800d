package org.jointcase.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
 * The transfer policy and the purpose-bound access of transfer participants over HTTP: the target (Baohe) and the
 * designating superior (Hefei) see the full record with the chosen document and never the informant while they
 * decide, and nothing of the case once ownership is decided; the transfer record stays readable to them.
 */
@IntegrationTest
class TransferAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient as(String officer) {
		return ApiClient.as(port, officer);
	}

	@Test
	void targetAndDesignatorSeeTheChosenDocumentsWhileDecidingAndNothingOnceTheCaseIsDesignatedBack() {
		UUID caseId = TransferFixtures.createCase(as("shushan.inspector"), "Fake honey", "91340104MA2T9X0Q0R");
		UUID chosen = TransferFixtures.upload(as("shushan.inspector"), caseId, "lab-test.txt", "syrup");
		UUID kept = TransferFixtures.upload(as("shushan.inspector"), caseId, "informant-call.txt", "notes of the call");
		UUID transfer = UUID.fromString(as("shushan.inspector").post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", "340111-MR", "reason", "Sold from Baohe", "documentIds", List.of(chosen)))
			.json().path("id").asText());
		assertThat(actions(transfer, "shushan.inspector")).containsExactly("withdraw");
		assertThat(actions(transfer, "shushan.supervisor")).containsExactly("withdraw");
		TransferFixtures.act(as("shushan.supervisor"), caseId, "ApproveTransferTask", "approve", Map.of());

		// Pending: the target sees the full record with the chosen document, never the informant.
		assertSeesWhatTheTransferLetsThrough("baohe.supervisor", caseId, chosen, kept);
		JsonNode forTarget = as("baohe.supervisor").get("/api/transfers/" + transfer).json();
		assertThat(forTarget.path("allowedActions").size()).isZero();
		assertThat(forTarget.path("documents").get(0).path("fileName").asText()).isEqualTo("lab-test.txt");
		assertThat(as("baohe.supervisor").post("/api/transfers/" + transfer + "/withdrawal",
				Map.of("reason", "not ours")).status()).isEqualTo(403);
		assertThat(AuditEntries.lastRefusalRule(jdbc, "baohe.supervisor")).isEqualTo("sender-withdraws");
		assertThat(as("wuhu.inspector").post("/api/transfers/" + transfer + "/withdrawal",
				Map.of("reason", "nosy")).status()).isEqualTo(404);

		// Disputed: the designating superior sees the same while it decides.
		TransferFixtures.act(as("baohe.supervisor"), caseId, "AcceptTransferTask", "dispute",
				Map.of("reason", "The seller lives in Shushan"));
		assertSeesWhatTheTransferLetsThrough("hefei.supervisor", caseId, chosen, kept);
		assertThat(as("baohe.supervisor").get("/api/cases/" + caseId).status()).isEqualTo(200);

		// Designated back to the sender: ownership is decided, and both lose the case but keep the record.
		TransferFixtures.act(as("hefei.supervisor"), caseId, "DesignateAgencyTask", "designate",
				Map.of("agencyCode", "340104-MR", "reasoning", "Shushan is where the seller lives"));
		for (String participant : List.of("baohe.supervisor", "hefei.supervisor")) {
			assertThat(as(participant).get("/api/cases/" + caseId).status()).as(participant).isEqualTo(404);
			assertThat(download(participant, caseId, chosen)).as(participant).isEqualTo(404);
			JsonNode record = as(participant).get("/api/transfers/" + transfer).json();
			assertThat(record.path("status").asText()).as(participant).isIn("RETURNED");
			assertThat(record.path("documents").get(0).path("fileName").isMissingNode()).as(participant).isTrue();
			assertThat(record.toString()).as(participant).doesNotContain("Wang Wu", "13800000000");
		}
		assertThat(actions(transfer, "shushan.inspector")).isEmpty();
		assertThat(as("shushan.inspector").get("/api/transfers/" + transfer).json().path("documents").get(0)
			.path("fileName").asText()).isEqualTo("lab-test.txt");
		assertThat(as("wuhu.inspector").get("/api/transfers/" + transfer).status()).isEqualTo(404);
	}

	@Test
	void aWithdrawnTransferEndsTheTargetsAccessToTheCaseAndItsDocuments() {
		UUID caseId = TransferFixtures.createCase(as("hefei.inspector"), "Watered milk", "91340100MA2N123401");
		UUID chosen = TransferFixtures.upload(as("hefei.inspector"), caseId, "sample.txt", "diluted");
		UUID kept = TransferFixtures.upload(as("hefei.inspector"), caseId, "kept.txt", "stays");
		UUID transfer = UUID.fromString(as("hefei.inspector").post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", "3402-MR", "reason", "Dairy in Wuhu", "documentIds", List.of(chosen)))
			.json().path("id").asText());
		TransferFixtures.act(as("hefei.supervisor"), caseId, "ApproveTransferTask", "approve", Map.of());
		assertSeesWhatTheTransferLetsThrough("wuhu.inspector", caseId, chosen, kept);

		assertThat(as("hefei.supervisor").post("/api/transfers/" + transfer + "/withdrawal",
				Map.of("reason", "The dairy is ours")).json().path("allowedActions").size()).isZero();
		assertThat(as("wuhu.inspector").get("/api/cases/" + caseId).status()).isEqualTo(404);
		assertThat(download("wuhu.inspector", caseId, chosen)).isEqualTo(404);
		assertThat(as("wuhu.inspector").get("/api/cases/" + caseId + "/documents").status()).isEqualTo(404);
		assertThat(as("wuhu.inspector").get("/api/transfers/" + transfer).json().path("status").asText())
			.isEqualTo("WITHDRAWN");
	}

	private void assertSeesWhatTheTransferLetsThrough(String officer, UUID caseId, UUID chosen, UUID kept) {
		JsonNode view = as(officer).get("/api/cases/" + caseId).json();
		assertThat(view.path("access").path("scope").asText()).as(officer).isEqualTo("FULL_RECORD_WITH_DOCUMENTS");
		assertThat(view.path("informant").path("present").asBoolean()).as(officer).isTrue();
		assertThat(view.path("informant").path("name").isMissingNode()).as(officer).isTrue();
		assertThat(view.path("informant").path("contact").isMissingNode()).as(officer).isTrue();
		assertThat(view.toString()).as(officer).doesNotContain("Wang Wu", "13800000000");
		assertThat(download(officer, caseId, chosen)).as(officer).isEqualTo(200);
		assertThat(download(officer, caseId, kept)).as(officer).isEqualTo(404);
		assertThat(as(officer).get("/api/cases/" + caseId + "/documents").json().findValuesAsText("fileName"))
			.as(officer).hasSize(1);
	}

	private int download(String officer, UUID caseId, UUID document) {
		return as(officer).get("/api/cases/" + caseId + "/documents/" + document + "/content").status();
	}

	private List<String> actions(UUID transfer, String officer) {
		List<String> actions = new ArrayList<>();
		as(officer).get("/api/transfers/" + transfer).json().path("allowedActions").forEach(a -> actions.add(a.asText()));
		return actions;
	}
}
