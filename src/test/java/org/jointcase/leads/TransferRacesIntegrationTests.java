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
import org.jointcase.ClusterNode;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Races on one transfer over two nodes of a cluster (the shared context and {@link ClusterNode#second()}, one
 * database, two engines): each race has one winner, every loser gets 409 with the problem type of what it met, and
 * nobody gets 5xx. Retries with the same Idempotency-Key get the first answer, from either node.
 */
@IntegrationTest
class TransferRacesIntegrationTests {

	private static final int RACERS = 20;
	private static final String PROBLEMS = "https://jointcase.org/problems/";

	private static ExecutorService racers;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startRacers() {
		racers = Executors.newFixedThreadPool(RACERS);
	}

	@AfterAll
	static void stopRacers() {
		racers.shutdown();
	}

	@Test
	void twentyApprovalsOfOneTaskOverTwoNodesHaveOneWinnerAndNineteen409s() throws Exception {
		UUID caseId = TransferFixtures.createCase(node(0, "hefei.inspector"), "Approved twenty times",
				"91340100MA2N123401");
		String approve = proposedForApproval(caseId);

		List<ApiClient.Response> answers = race(RACERS, i -> node(i, "hefei.supervisor")
			.post("/api/tasks/" + approve + "/actions/approve", Map.of("note", "Racer " + i)));

		assertThat(statuses(answers)).containsOnly(204, 409);
		assertThat(answers).filteredOn(answer -> answer.status() == 204).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.status() == 409)
			.allSatisfy(answer -> assertThat(answer.json().path("type").asText())
				.isIn(PROBLEMS + "completed-meanwhile", PROBLEMS + "changed-meanwhile"));
		JsonNode transfer = node(1, "hefei.inspector").get("/api/cases/" + caseId + "/transfers").json().get(0);
		assertThat(transfer.path("status").asText()).isEqualTo("SENT");
		assertThat(transfer.path("steps").findValuesAsText("action")).containsOnlyOnce("approve");
	}

	@Test
	void withdrawalAgainstApprovalEndsWithdrawnOrApprovedNever5xx() throws Exception {
		for (int round = 0; round < 4; round++) {
			UUID caseId = TransferFixtures.createCase(node(round, "hefei.inspector"), "Withdrawn while approved " + round,
					"91340100MA2N123401");
			UUID transfer = TransferFixtures.propose(node(round, "hefei.inspector"), caseId, "340104-MR");
			String approve = TransferFixtures.task(node(round, "hefei.supervisor"), caseId, "ApproveTransferTask");
			int first = round;
			List<ApiClient.Response> answers = race(2, i -> i == 0
					? node(first, "hefei.supervisor").post("/api/tasks/" + approve + "/actions/approve", Map.of())
					: node(first + 1, "hefei.inspector").post("/api/transfers/" + transfer + "/withdrawal",
							Map.of("reason", "Filed with the wrong agency")));
			ApiClient.Response approval = answers.get(0);
			ApiClient.Response withdrawal = answers.get(1);
			assertThat(approval.status()).as(approval.toString()).isIn(204, 409);
			// A transfer approved first is sent, and a sent transfer may still be withdrawn: both may win.
			assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(200);
			if (approval.status() == 409) {
				assertThat(approval.json().path("type").asText()).isEqualTo(PROBLEMS + "withdrawn-meanwhile");
			}
			JsonNode after = node(round, "hefei.inspector").get("/api/transfers/" + transfer).json();
			assertThat(after.path("status").asText()).isEqualTo("WITHDRAWN");
			assertThat(after.path("openSteps").size()).isZero();
		}
	}

	@Test
	void twentyProposalsOfOneCaseHaveOneWinnerAndNineteen409s() throws Exception {
		UUID caseId = TransferFixtures.createCase(node(0, "hefei.inspector"), "Proposed twenty times",
				"91340100MA2N123401");

		List<ApiClient.Response> answers = race(RACERS, i -> node(i, "hefei.inspector")
			.post("/api/cases/" + caseId + "/transfers", Map.of("targetAgency", "340104-MR", "reason", "Racer " + i)));

		assertThat(statuses(answers)).containsOnly(201, 409);
		assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.status() == 409)
			.allSatisfy(answer -> assertThat(answer.json().path("errors").findValuesAsText("rule"))
				.containsExactly("one-transfer-in-flight"));
		assertThat(node(1, "hefei.inspector").get("/api/cases/" + caseId + "/transfers").json()).hasSize(1);
	}

	@Test
	void aProposalRetriedOnBothNodesWhileTheFirstRunsAnswersTheFirstTransfer() throws Exception {
		UUID caseId = TransferFixtures.createCase(node(0, "hefei.inspector"), "Proposed with one key",
				"91340100MA2N123401");
		String key = "propose-" + UUID.randomUUID();
		Map<String, Object> proposal = Map.of("targetAgency", "340104-MR", "reason", "Not in our jurisdiction");

		List<ApiClient.Response> answers = race(10, i -> node(i, "hefei.inspector").header("Idempotency-Key", key)
			.post("/api/cases/" + caseId + "/transfers", proposal));

		assertThat(statuses(answers)).containsOnly(201);
		assertThat(answers).extracting(answer -> answer.json().path("id").asText()).containsOnly(
				answers.get(0).json().path("id").asText());
		assertThat(answers).extracting(answer -> answer.header("Location")).containsOnly(
				answers.get(0).header("Location"));
		ApiClient.Response otherBody = node(1, "hefei.inspector").header("Idempotency-Key", key)
			.post("/api/cases/" + caseId + "/transfers", Map.of("targetAgency", "340111-MR", "reason", "Elsewhere"));
		assertThat(otherBody.status()).isEqualTo(422);
		assertThat(otherBody.json().path("errors").findValuesAsText("rule")).containsExactly("same-key-same-body");
	}

	@Test
	void aTaskActionRetriedWithItsKeyOnTheOtherNodeAnswersAsTheFirstDid() throws Exception {
		String approve = proposedForApproval(TransferFixtures.createCase(node(0, "hefei.inspector"),
				"Approved, answer lost", "91340100MA2N123401"));
		String key = "approve-" + UUID.randomUUID();
		String path = "/api/tasks/" + approve + "/actions/approve";

		assertThat(node(0, "hefei.supervisor").header("Idempotency-Key", key).post(path, Map.of("note", "Fine"))
			.status()).isEqualTo(204);
		assertThat(node(1, "hefei.supervisor").header("Idempotency-Key", key).post(path, Map.of("note", "Fine"))
			.status()).isEqualTo(204);
		assertThat(node(1, "hefei.supervisor").post(path, Map.of("note", "Fine")).status())
			.as("without the key the second approval is a second one").isEqualTo(409);
		assertThat(node(0, "hefei.supervisor").header("Idempotency-Key", key).post(path, Map.of("note", "Other"))
			.status()).isEqualTo(422);
	}

	/** Proposes a transfer of the case to 340104-MR; the id of its approval task. */
	private String proposedForApproval(UUID caseId) {
		TransferFixtures.propose(node(0, "hefei.inspector"), caseId, "340104-MR");
		return TransferFixtures.task(node(0, "hefei.supervisor"), caseId, "ApproveTransferTask");
	}

	/** Even {@code i} calls the shared node, odd the second one. */
	private ApiClient node(int i, String officer) {
		return ApiClient.as(i % 2 == 0 ? port : ClusterNode.second().port(), officer);
	}

	interface Racer {
		ApiClient.Response run(int i);
	}

	/** {@code count} calls released together; their answers in call order. */
	private static List<ApiClient.Response> race(int count, Racer racer) throws Exception {
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<Callable<ApiClient.Response>> calls = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int index = i;
			calls.add(() -> {
				start.await();
				return racer.run(index);
			});
		}
		List<Future<ApiClient.Response>> futures = new ArrayList<>();
		calls.forEach(call -> futures.add(racers.submit(call)));
		start.countDown();
		List<ApiClient.Response> answers = new ArrayList<>();
		for (Future<ApiClient.Response> future : futures) {
			answers.add(future.get());
		}
		return answers;
	}

	private static List<Integer> statuses(List<ApiClient.Response> answers) {
		return answers.stream().map(ApiClient.Response::status).toList();
	}
}
