package org.jointcase.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lead transfers through the HTTP API with officers of three agencies: Shushan (sender), Baohe (target) and Hefei,
 * their common superior; Wuhu market regulation is unrelated throughout.
 */
@IntegrationTest
class LeadTransferIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient as(String officer) {
		return ApiClient.as(port, officer);
	}

	@Test
	void aDisputedTransferWalksToTheEndWithOwnershipVisibilityAndTimelineAtEveryStep() {
		UUID caseId = TransferFixtures.createCase(as("shushan.inspector"), "Counterfeit baby formula", "91340104MA2T9X0Q0R");
		UUID evidence = TransferFixtures.upload(as("shushan.inspector"), caseId, "lab-report.txt", "melamine found");
		TransferFixtures.upload(as("shushan.inspector"), caseId, "internal-memo.txt", "stays at home");

		// Proposal: only the sender knows of it.
		JsonNode proposed = as("shushan.inspector").header("Idempotency-Key", "p-" + caseId)
			.post("/api/cases/" + caseId + "/transfers", Map.of("targetAgency", "340111-MR", "reason",
					"The seller's warehouse is in Baohe", "documentIds", List.of(evidence)))
			.json();
		UUID transfer = UUID.fromString(proposed.path("id").asText());
		assertThat(proposed.path("status").asText()).isEqualTo("PROPOSED");
		assertThat(as("baohe.supervisor").get("/api/transfers/" + transfer).status()).isEqualTo(404);
		assertThat(as("baohe.supervisor").get("/api/cases/" + caseId).status()).isEqualTo(404);
		assertUnrelatedSeesNothing(caseId, transfer);

		// The sender's supervisor approves: the target now sees the case with the chosen document, not the informant.
		String approve = TransferFixtures.task(as("shushan.supervisor"), caseId, "ApproveTransferTask");
		assertThat(as("shushan.inspector").post("/api/tasks/" + approve + "/actions/approve", Map.of()).status())
			.isEqualTo(404);
		assertThat(as("baohe.supervisor").post("/api/tasks/" + approve + "/actions/approve", Map.of()).status())
			.isEqualTo(404);
		assertThat(as("shushan.supervisor").post("/api/tasks/" + approve + "/actions/approve", Map.of("note", "ok"))
			.status()).isEqualTo(204);
		assertThat(status(transfer, "shushan.inspector")).isEqualTo("SENT");
		JsonNode targetView = as("baohe.supervisor").get("/api/cases/" + caseId).json();
		assertThat(targetView.path("access").path("scope").asText()).isEqualTo("FULL_RECORD_WITH_DOCUMENTS");
		assertThat(targetView.path("informant").path("name").isMissingNode()).isTrue();
		assertThat(as("baohe.supervisor").get("/api/cases/" + caseId + "/documents").json().findValuesAsText("fileName"))
			.containsExactly("lab-report.txt");
		assertThat(as("hefei.supervisor").get("/api/cases/" + caseId).status()).isEqualTo(404);

		// The target disputes: Hefei, the common superior, sees the case and has to designate.
		String accept = TransferFixtures.task(as("baohe.supervisor"), caseId, "AcceptTransferTask");
		assertThat(as("baohe.supervisor").post("/api/tasks/" + accept + "/actions/dispute", Map.of()).status())
			.isEqualTo(400);
		assertThat(as("baohe.supervisor").post("/api/tasks/" + accept + "/actions/dispute",
				Map.of("reason", "The conduct took place in Shushan")).status()).isEqualTo(204);
		JsonNode disputed = as("hefei.supervisor").get("/api/transfers/" + transfer).json();
		assertThat(disputed.path("status").asText()).isEqualTo("DISPUTED");
		assertThat(disputed.path("designatorAgency").asText()).isEqualTo("3401-MR");
		assertThat(as("hefei.supervisor").get("/api/cases/" + caseId).status()).isEqualTo(200);
		assertUnrelatedSeesNothing(caseId, transfer);

		// Hefei designates Baohe, with the longest reasoning there is: Baohe owns the case, Shushan keeps read access.
		String designate = TransferFixtures.task(as("hefei.supervisor"), caseId, "DesignateAgencyTask");
		String reasoning = "The warehouse is the place of the conduct. ".repeat(50).substring(0, LeadLimits.REASON);
		assertThat(as("hefei.supervisor").post("/api/tasks/" + designate + "/actions/designate",
				Map.of("agencyCode", "340111-MR", "reasoning", reasoning)).status()).isEqualTo(204);
		assertThat(as("baohe.inspector").get("/api/cases/" + caseId).json().path("ownerAgency").asText())
			.isEqualTo("340111-MR");
		assertThat(as("baohe.inspector").get("/api/cases/" + caseId).json().path("reference").asText())
			.startsWith("340104-MR-");
		assertThat(as("shushan.inspector").get("/api/cases/" + caseId).status()).isEqualTo(200);
		ApiClient.Response senderEdit = as("shushan.inspector").header("If-Match", "\"2\"").put("/api/cases/" + caseId,
				Map.of("title", "Sender edits", "summary", "s", "category", "OTHER", "regionCode", "3401"));
		assertThat(senderEdit.status()).as(senderEdit.toString()).isEqualTo(403);
		assertThat(as("hefei.supervisor").get("/api/cases/" + caseId).status()).isEqualTo(404);
		assertThat(status(transfer, "baohe.inspector")).isEqualTo("DESIGNATED");

		// The designated agency may not pass the case on by itself.
		assertThat(as("baohe.inspector").post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", "3402-MR", "reason", "Not ours either")).status()).isEqualTo(409);

		// Baohe reports at the longest, Shushan acknowledges: the transfer ends, and with it Hefei's access.
		String report = TransferFixtures.task(as("baohe.inspector"), caseId, "ReportResultTask");
		String result = "Case opened, goods seized. ".repeat(200).substring(0, LeadLimits.RESULT);
		assertThat(as("baohe.inspector").post("/api/tasks/" + report + "/actions/report",
				Map.of("result", result)).status()).isEqualTo(204);
		String acknowledge = TransferFixtures.task(as("shushan.inspector"), caseId, "AcknowledgeResultTask");
		assertThat(as("shushan.inspector").post("/api/tasks/" + acknowledge + "/actions/acknowledge", Map.of())
			.status()).isEqualTo(204);
		JsonNode done = as("shushan.inspector").get("/api/transfers/" + transfer).json();
		assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
		assertThat(done.path("resultReport").asText()).isEqualTo(result);
		assertThat(done.path("steps").findValuesAsText("action"))
			.containsExactly("propose", "approve", "dispute", "designate", "report", "acknowledge");
		assertThat(done.path("steps").findValuesAsText("detail")).contains("340111-MR: " + reasoning, result);
		assertThat(as("hefei.supervisor").get("/api/cases/" + caseId).status()).isEqualTo(404);
		assertThat(as("shushan.inspector").get("/api/cases/" + caseId).status()).isEqualTo(200);
		assertThat(as("baohe.inspector").get("/api/cases/" + caseId + "/timeline").json().findValuesAsText("type"))
			.contains("TRANSFER_PROPOSED", "TRANSFER_SENT", "TRANSFER_DISPUTED", "OWNER_CHANGED", "TRANSFER_CLOSED");
		assertUnrelatedSeesNothing(caseId, transfer);
	}

	@Test
	void theSenderWithdrawsBeforeAcceptanceAndTheTargetLosesAccess() {
		UUID caseId = TransferFixtures.createCase(as("hefei.inspector"), "Misleading ads", "91340100MA2N123401");
		UUID transfer = TransferFixtures.propose(as("hefei.inspector"), caseId, "3402-MR");
		TransferFixtures.act(as("hefei.supervisor"), caseId, "ApproveTransferTask", "approve", Map.of());
		assertThat(as("wuhu.supervisor").get("/api/cases/" + caseId).status()).isEqualTo(200);

		JsonNode withdrawn = as("hefei.inspector").post("/api/transfers/" + transfer + "/withdrawal",
				Map.of("reason", "Found the seller here after all")).json();
		assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(as("wuhu.supervisor").get("/api/cases/" + caseId).status()).isEqualTo(404);
		assertThat(as("wuhu.supervisor").get("/api/tasks?caseId=" + caseId).json().path("items").size()).isZero();
		assertThat(as("hefei.inspector").post("/api/transfers/" + transfer + "/withdrawal",
				Map.of("reason", "again")).status()).isEqualTo(409);
	}

	@Test
	void aSuspectedCrimeGoesToPublicSecurityOnTheCriminalTransferPeriods() {
		UUID caseId = TransferFixtures.createCase(as("hefei.inspector"), "Fake medicine ring", "91340100711774045X");
		assertThat(as("hefei.inspector").post("/api/cases/" + caseId + "/transfers", Map.of("targetAgency", "3402-MR",
				"reason", "crime", "suspectedCrime", true)).json().path("errors").get(0).path("rule").asText())
			.isEqualTo("public-security");
		UUID transfer = UUID.fromString(as("hefei.inspector").post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", "3401-PS", "reason", "Organised counterfeiting", "suspectedCrime", true))
			.json().path("id").asText());
		JsonNode approval = TransferFixtures.taskJson(as("hefei.supervisor"), caseId, "ApproveTransferTask");
		assertThat(approval.path("deadline").path("rule").path("code").asText()).isEqualTo("crime-transfer-decision");
		TransferFixtures.act(as("hefei.supervisor"), caseId, "ApproveTransferTask", "approve", Map.of());
		JsonNode acceptance = TransferFixtures.taskJson(as("hefei.police.supervisor"), caseId, "AcceptTransferTask");
		assertThat(acceptance.path("deadline").path("rule").path("code").asText()).isEqualTo("crime-acceptance");
		assertThat(acceptance.path("deadline").path("period").path("unit").asText()).isEqualTo("NATURAL_DAYS");
		TransferFixtures.act(as("hefei.police.supervisor"), caseId, "AcceptTransferTask", "accept", Map.of());
		assertThat(as("hefei.police.inspector").get("/api/cases/" + caseId).json().path("ownerAgency").asText())
			.isEqualTo("3401-PS");
		assertThat(as("hefei.inspector").get("/api/transfers/" + transfer).json().path("status").asText())
			.isEqualTo("ACCEPTED");
	}

	@Test
	void twoOfficersCompletingOneTaskAtOnceGiveOneCompletionAndOne409() throws Exception {
		UUID caseId = TransferFixtures.createCase(as("wuhu.inspector"), "Short weight rice", "91340200MA8P56780L");
		TransferFixtures.propose(as("wuhu.inspector"), caseId, "340202-MR");
		TransferFixtures.act(as("wuhu.supervisor"), caseId, "ApproveTransferTask", "approve", Map.of());
		jdbc.sql("insert into officer (username, display_name, agency_code, password_hash) select 'jinghu.supervisor2', "
				+ "'Second Jinghu Supervisor', agency_code, password_hash from officer where username = 'jinghu.supervisor'")
			.update();
		jdbc.sql("insert into officer_role (username, role) values ('jinghu.supervisor2', 'SUPERVISOR')").update();
		String accept = TransferFixtures.task(as("jinghu.supervisor"), caseId, "AcceptTransferTask");

		List<Integer> statuses = race(List.of(
				() -> as("jinghu.supervisor").post("/api/tasks/" + accept + "/actions/accept", Map.of()).status(),
				() -> as("jinghu.supervisor2").post("/api/tasks/" + accept + "/actions/accept", Map.of()).status()));
		assertThat(statuses).containsExactlyInAnyOrder(204, 409);
		assertThat(jdbc.sql("select count(*) from lead_transfer_step s join lead_transfer t on t.id = s.transfer_id "
				+ "where t.case_id = ? and s.action = 'accept'").param(caseId).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void twoConcurrentProposalsForOneCaseMakeOneTransfer() throws Exception {
		UUID caseId = TransferFixtures.createCase(as("baohe.inspector"), "Two eager inspectors", "92340111MA2U3K5C0N");
		List<Integer> statuses = race(List.of(
				() -> TransferFixtures.proposeStatus(as("baohe.inspector"), caseId, "3402-MR"),
				() -> TransferFixtures.proposeStatus(as("baohe.inspector"), caseId, "340202-MR")));
		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(jdbc.sql("select count(*) from lead_transfer where case_id = ?").param(caseId).query(Long.class)
			.single()).isEqualTo(1);
	}

	private void assertUnrelatedSeesNothing(UUID caseId, UUID transfer) {
		for (String outsider : List.of("wuhu.supervisor", "wuhu.inspector", "hefei.health.supervisor")) {
			ApiClient client = as(outsider);
			assertThat(client.get("/api/transfers/" + transfer).status()).as(outsider).isEqualTo(404);
			assertThat(client.get("/api/cases/" + caseId).status()).as(outsider).isEqualTo(404);
			assertThat(client.get("/api/cases/" + caseId + "/transfers").status()).as(outsider).isEqualTo(404);
			assertThat(client.get("/api/tasks?caseId=" + caseId).json().path("items").size()).as(outsider).isZero();
		}
		List<String> taskIds = jdbc.sql("select task_id from inbox_task where case_id = ? and closed_at is null")
			.param(caseId).query(String.class).list();
		for (String task : taskIds) {
			assertThat(as("wuhu.supervisor").get("/api/tasks/" + task).status()).isEqualTo(404);
			assertThat(as("wuhu.supervisor").post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(404);
			assertThat(as("wuhu.supervisor").post("/api/tasks/" + task + "/actions/accept", Map.of()).status())
				.isEqualTo(404);
		}
	}

	private String status(UUID transfer, String officer) {
		return as(officer).get("/api/transfers/" + transfer).json().path("status").asText();
	}

	static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(calls)) {
				statuses.add(result.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}
}
