package org.jointcase.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task policy over HTTP on real processes: roles re-checked on a claimed task, separation of duties, the
 * extension limits of the deadline rules, and the actions each task offers its reader. Every test works with officers
 * it creates, so that roles it changes touch no other test.
 */
@IntegrationTest
class TaskPolicyIntegrationTests {

	private static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAssigneeWhoLostTheRoleNoLongerSeesOrActsOnTheClaimedTask() {
		officer("claiming.supervisor", "3401-COM", "SUPERVISOR");
		String caseId = createCase(as("hefei.commerce.inspector"), "Lost role");
		propose(as("hefei.commerce.inspector"), caseId, "3401-MR");
		ApiClient claimer = ApiClient.as(port, "claiming.supervisor", PASSWORD);
		String approval = task(claimer, caseId, "ApproveTransferTask");
		assertThat(allowedActions(claimer, approval)).contains("claim", "approve", "send-back")
			.doesNotContain("unclaim");
		assertThat(claimer.post("/api/tasks/" + approval + "/claim", Map.of()).status()).isEqualTo(200);
		assertThat(allowedActions(claimer, approval)).contains("unclaim", "approve").doesNotContain("claim");

		assertThat(as("admin").put("/api/directory/officers/claiming.supervisor/roles",
				Map.of("roles", List.of("INSPECTOR"))).status()).isEqualTo(200);

		// Claiming narrowed who in the group acts; out of the group, the task is gone for them, as if it never existed.
		assertThat(claimer.post("/api/tasks/" + approval + "/actions/approve", Map.of()).status()).isEqualTo(404);
		assertThat(claimer.get("/api/tasks/" + approval).status()).isEqualTo(404);
		assertThat(claimer.post("/api/tasks/" + approval + "/unclaim", Map.of()).status()).isEqualTo(404);
		assertThat(claimer.get("/api/tasks?caseId=" + caseId).json().path("items").size()).isZero();

		// A supervisor of the agency gives it back to the group and approves.
		ApiClient supervisor = as("hefei.commerce.supervisor");
		assertThat(allowedActions(supervisor, approval)).contains("unclaim").doesNotContain("approve", "claim");
		assertThat(supervisor.post("/api/tasks/" + approval + "/actions/approve", Map.of()).status())
			.isEqualTo(409);
		assertThat(supervisor.post("/api/tasks/" + approval + "/unclaim", Map.of()).status()).isEqualTo(200);
		assertThat(supervisor.post("/api/tasks/" + approval + "/actions/approve", Map.of()).status())
			.isEqualTo(204);
	}

	@Test
	void whoProposedATransferNeverApprovesItWhateverRolesTheyHold() {
		officer("proposing.supervisor", "3401-HE", "INSPECTOR", "SUPERVISOR");
		ApiClient proposer = ApiClient.as(port, "proposing.supervisor", PASSWORD);
		String caseId = createCase(proposer, "Own proposal");
		propose(proposer, caseId, "3401-MR");

		String approval = task(proposer, caseId, "ApproveTransferTask");
		assertThat(proposer.get("/api/tasks/" + approval).json().path("task").path("approvesWorkOf").asText())
			.isEqualTo("proposing.supervisor");
		assertThat(allowedActions(proposer, approval)).doesNotContain("claim", "approve", "send-back")
			.contains("extend-deadline");
		assertSeparationOfDuties(proposer.post("/api/tasks/" + approval + "/claim", Map.of()));
		assertSeparationOfDuties(proposer.post("/api/tasks/" + approval + "/actions/approve", Map.of()));

		// The task page draws its forms from the same allowed actions.
		String page = PageClient.signIn(port, "proposing.supervisor", PASSWORD).get("/tasks/" + approval).text();
		assertThat(page).doesNotContain("data-action=\"approve\"").doesNotContain("/claim\"")
			.contains("/deadline/extension");
		ApiClient other = as("hefei.health.supervisor");
		assertThat(allowedActions(other, approval)).contains("claim", "approve");
		assertThat(PageClient.signIn(port, "hefei.health.supervisor", ApiClient.DEMO_PASSWORD)
			.get("/tasks/" + approval).text()).contains("data-action=\"approve\"").contains("/claim\"");
		assertThat(other.post("/api/tasks/" + approval + "/actions/approve", Map.of()).status()).isEqualTo(204);
	}

	@Test
	void whoRequestedAssistanceNeverApprovesTheRequest() {
		officer("requesting.supervisor", "3402-COM", "INSPECTOR", "SUPERVISOR");
		officer("approving.supervisor", "3402-COM", "SUPERVISOR");
		ApiClient requester = ApiClient.as(port, "requesting.supervisor", PASSWORD);
		String caseId = createCase(requester, "Own request");
		assertThat(requester.post("/api/cases/" + caseId + "/assistance-requests", Map.of("items",
				List.of(Map.of("question", "Is the importer registered with you?", "business",
						Map.of("name", "Wuhu Imports Ltd"))), "addressees", List.of("3401-COM"))).status())
			.isEqualTo(201);

		String approval = task(requester, caseId, "ApproveRequestTask");
		assertSeparationOfDuties(requester.post("/api/tasks/" + approval + "/actions/approve", Map.of()));
		act(ApiClient.as(port, "approving.supervisor", PASSWORD), approval, "approve", Map.of());
	}

	@Test
	void whoDraftedAnAssistanceReplyNeverApprovesItAndExtensionsStayWithinTheRulesLimit() {
		officer("drafting.supervisor", "3401-CT", "INSPECTOR", "SUPERVISOR");
		ApiClient drafter = ApiClient.as(port, "drafting.supervisor", PASSWORD);
		ApiClient requester = as("hefei.inspector");
		String caseId = createCase(requester, "Assistance drafted and approved");
		ApiClient.Response created = requester.post("/api/cases/" + caseId + "/assistance-requests", Map.of(
				"items", List.of(Map.of("question", "Does the venue hold a performance licence?", "business",
						Map.of("name", "Hefei Grand Stage Ltd"))),
				"addressees", List.of("3401-CT")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String requestId = created.json().path("id").asText();
		act(as("hefei.supervisor"), task(as("hefei.supervisor"), caseId, "ApproveRequestTask"), "approve", Map.of());
		act(as("hefei.culture.supervisor"), task(as("hefei.culture.supervisor"), caseId, "AcceptRequestTask"),
				"accept", Map.of());
		String reply = task(drafter, caseId, "ReplyTask");

		// The assistance rule allows 15 working days of extension in all, however they are granted.
		ApiClient cultureSupervisor = as("hefei.culture.supervisor");
		assertThat(drafter.post("/api/assistance-requests/" + requestId + "/addressees/3401-CT/extension-requests",
				Map.of("workingDays", 10, "reason", "The venue is closed this week")).status()).isEqualTo(200);
		act(as("hefei.supervisor"), task(as("hefei.supervisor"), caseId, "DecideExtensionTask"), "grant", Map.of());
		assertThat(extend(cultureSupervisor, reply, 5).status()).isEqualTo(200);
		assertThat(cultureSupervisor.get("/api/tasks/" + reply).json().path("task").path("extendedWorkingDays")
			.asInt()).isEqualTo(15);
		assertExtensionLimit(extend(cultureSupervisor, reply, 1));
		assertThat(allowedActions(cultureSupervisor, reply)).doesNotContain("extend-deadline")
			.contains("suspend-deadline");
		assertThat(drafter.post("/api/assistance-requests/" + requestId + "/addressees/3401-CT/extension-requests",
				Map.of("workingDays", 1, "reason", "One more day")).status()).isEqualTo(200);
		String decision = task(as("hefei.supervisor"), caseId, "DecideExtensionTask");
		assertExtensionLimit(as("hefei.supervisor").post("/api/tasks/" + decision + "/actions/grant", Map.of()));
		act(as("hefei.supervisor"), decision, "refuse", Map.of("reason", "No more time"));

		act(drafter, reply, "reply", Map.of("findings", List.of(Map.of("item", 1, "finding", "Licensed until 2027"))));
		String approval = task(drafter, caseId, "ApproveReplyTask");
		assertThat(allowedActions(drafter, approval)).doesNotContain("claim", "approve");
		assertSeparationOfDuties(drafter.post("/api/tasks/" + approval + "/actions/approve", Map.of()));
		act(cultureSupervisor, approval, "approve", Map.of());
	}

	@Test
	void whoSubmittedAReviewOpinionNeverApprovesIt() {
		officer("opining.supervisor", "3401-CT", "INSPECTOR", "SUPERVISOR");
		ApiClient opiner = ApiClient.as(port, "opining.supervisor", PASSWORD);
		String caseId = createCase(as("hefei.inspector"), "Opinion and its approval");
		ApiClient.Response convened = as("hefei.coordinator").post("/api/reviews", Map.of("title", "Own opinion",
				"agenda", "Who handles it?", "caseIds", List.of(caseId), "participants", List.of("3401-MR", "3401-CT"),
				"materials", List.of(), "meetingAt", Instant.now().plusSeconds(10 * 86400).toString()));
		assertThat(convened.status()).as(convened.toString()).isEqualTo(201);

		act(opiner, task(opiner, caseId, "SubmitOpinionTask"), "submit",
				Map.of("stance", "AGREE", "reasoning", "Culture licenses the venue"));
		String approval = task(opiner, caseId, "ApproveOpinionTask");
		assertSeparationOfDuties(opiner.post("/api/tasks/" + approval + "/actions/approve", Map.of()));
		act(as("hefei.culture.supervisor"), approval, "approve", Map.of());
	}

	@Test
	void anExtensionPastTheLimitIsRefusedAndTheDeadlineStays() {
		String caseId = createCase(as("wuhu.police.inspector"), "Four times sixty");
		propose(as("wuhu.police.inspector"), caseId, "3401-PS");
		ApiClient supervisor = as("wuhu.police.supervisor");
		String approval = task(supervisor, caseId, "ApproveTransferTask");
		String due = supervisor.get("/api/tasks/" + approval).json().path("task").path("dueAt").asText();

		for (int i = 0; i < 4; i++) {
			assertExtensionLimit(extend(supervisor, approval, 60));
		}
		// The approval rule's limit is 5 working days: exactly the limit is granted, one day more is not.
		assertThat(extend(supervisor, approval, 5).status()).isEqualTo(200);
		assertExtensionLimit(extend(supervisor, approval, 1));
		JsonNode task = supervisor.get("/api/tasks/" + approval).json().path("task");
		assertThat(task.path("deadline").path("extensions").size()).isEqualTo(1);
		assertThat(task.path("dueAt").asText()).isNotEqualTo(due);
		assertThat(as("wuhu.police.inspector").post("/api/tasks/" + approval + "/deadline/extension",
				Map.of("workingDays", 1, "reason", "Not theirs")).status()).isEqualTo(404);
	}

	@Test
	void aNoticeIsReadAndAcknowledgedByTheAddressedRoleOnly() {
		UUID id = NoticeFixtures.reminder(jdbc, "3402-COM", "supervisor");
		officer("noticed.supervisor", "3402-COM", "SUPERVISOR");
		officer("unnoticed.inspector", "3402-COM", "INSPECTOR");
		ApiClient supervisor = ApiClient.as(port, "noticed.supervisor", PASSWORD);
		ApiClient inspector = ApiClient.as(port, "unnoticed.inspector", PASSWORD);

		assertThat(noticeIds(inspector)).doesNotContain(id.toString());
		assertThat(inspector.post("/api/notices/" + id + "/acknowledgement", Map.of()).status()).isEqualTo(404);
		JsonNode notice = supervisor.get("/api/notices").json().path("items").get(0);
		assertThat(notice.path("id").asText()).isEqualTo(id.toString());
		assertThat(notice.path("allowedActions").toString()).isEqualTo("[\"acknowledge\"]");
		assertThat(supervisor.post("/api/notices/" + id + "/acknowledgement", Map.of()).status()).isEqualTo(204);
		assertThat(supervisor.post("/api/notices/" + id + "/acknowledgement", Map.of()).status()).isEqualTo(409);
		assertThat(noticeIds(supervisor)).doesNotContain(id.toString());
		assertThat(supervisor.get("/api/notices?all=true").json().path("items").get(0).path("allowedActions").size()).isZero();
	}

	@Test
	void theRegionOverviewIsForCoordinatorsOnly() {
		assertThat(PageClient.signIn(port, "hefei.coordinator", ApiClient.DEMO_PASSWORD).get("/overview")
			.status()).isEqualTo(200);
		assertThat(PageClient.signIn(port, "hefei.supervisor", ApiClient.DEMO_PASSWORD).get("/overview")
			.status()).isEqualTo(403);
	}

	private static List<String> noticeIds(ApiClient officer) {
		List<String> ids = new ArrayList<>();
		officer.get("/api/notices?size=100").json().path("items").forEach(notice -> ids.add(notice.path("id").asText()));
		return ids;
	}

	private void officer(String username, String agency, String... roles) {
		ApiClient.Response created = as("admin").post("/api/directory/officers", Map.of("username", username,
				"displayName", username, "agencyCode", agency, "password", PASSWORD, "roles", List.of(roles)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private ApiClient as(String username) {
		return ApiClient.as(port, username);
	}

	private static String createCase(ApiClient inspector, String title) {
		ApiClient.Response created = inspector.post("/api/cases", Map.of("title", title, "summary", title + " reported",
				"category", "OTHER", "regionCode", "3401"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("id").asText();
	}

	private static void propose(ApiClient inspector, String caseId, String target) {
		ApiClient.Response proposed = inspector.post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", target, "reason", "Not in our jurisdiction"));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
	}

	/** The officer's one open task at {@code step} on the case, from their inbox. */
	private static String task(ApiClient officer, String caseId, String step) {
		JsonNode items = officer.get("/api/tasks?caseId=" + caseId + "&step=" + step).json().path("items");
		assertThat(items.size()).as(step).isEqualTo(1);
		return items.get(0).path("id").asText();
	}

	private static List<String> allowedActions(ApiClient officer, String taskId) {
		List<String> actions = new ArrayList<>();
		officer.get("/api/tasks/" + taskId).json().path("task").path("allowedActions")
			.forEach(action -> actions.add(action.asText()));
		return actions;
	}

	private static void act(ApiClient officer, String taskId, String action, Object body) {
		ApiClient.Response response = officer.post("/api/tasks/" + taskId + "/actions/" + action, body);
		assertThat(response.status()).as(action + ": " + response).isEqualTo(204);
	}

	private static ApiClient.Response extend(ApiClient supervisor, String taskId, int workingDays) {
		return supervisor.post("/api/tasks/" + taskId + "/deadline/extension",
				Map.of("workingDays", workingDays, "reason", "More time"));
	}

	private static void assertSeparationOfDuties(ApiClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.json().path("rule").asText()).isEqualTo("separation-of-duties");
	}

	private static void assertExtensionLimit(ApiClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(409);
		JsonNode error = response.json().path("errors").get(0);
		assertThat(error.path("field").asText() + " " + error.path("rule").asText())
			.isEqualTo("workingDays extension-limit");
	}
}
