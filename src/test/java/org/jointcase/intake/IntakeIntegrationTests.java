package org.jointcase.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcase.intake.IntakeFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Items taken in, decided, forwarded and turned into cases over HTTP, on the real engine and database. */
@IntegrationTest
class IntakeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private ApiClient as(String username) {
		return ApiClient.as(port, username);
	}

	private final String gym = creditCode("340104");

	private Map<String, Object> shushanComplaint(String workOrder) {
		return item("COMPLAINT", workOrder, business("Shushan Gym Ltd", gym, "340104"), true);
	}

	@Test
	void theSameWorkOrderIsTheSameItem() {
		ApiClient hefei = as("hefei.inspector");
		String workOrder = workOrder();
		ApiClient.Response first = hefei.post("/api/intake/items", shushanComplaint(workOrder));
		assertThat(first.status()).isEqualTo(201);
		String id = first.json().path("id").asText();
		assertThat(first.header("Location")).isEqualTo("/api/intake/items/" + id);

		ApiClient.Response again = hefei.post("/api/intake/items", shushanComplaint(workOrder));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asText()).isEqualTo(id);

		Map<String, Object> changed = shushanComplaint(workOrder);
		changed.put("facts", "Something else");
		ApiClient.Response other = hefei.post("/api/intake/items", changed);
		assertThat(other.status()).isEqualTo(409);
		assertThat(other.json().path("errors").get(0).path("rule").asText()).isEqualTo("same-work-order-same-item");
		assertThat(as("shushan.inspector").get("/api/intake/items?size=200").json())
			.extracting(entry -> entry.path("workOrder").asText()).containsOnlyOnce(workOrder);
	}

	@Test
	void badInputIsAProblemWithTheFieldAndRule() {
		Map<String, Object> body = shushanComplaint(workOrder());
		body.put("business", business("Bad Code Ltd", "91340104MA2N12340X", "340104"));
		ApiClient.Response refused = as("hefei.inspector").post("/api/intake/items", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.toString()).contains("business.creditCode");

		ApiClient.Response notAWorker = as("auditor").post("/api/intake/items", shushanComplaint(workOrder()));
		assertThat(notAWorker.status()).isEqualTo(403);
	}

	@Test
	void acceptedComplaintSettledWithTheAmountRecovered() {
		String id = receive(as("hefei.inspector"), shushanComplaint(workOrder())).path("id").asText();
		ApiClient shushan = as("shushan.inspector");
		JsonNode queued = shushan.get("/api/intake/items?kind=COMPLAINT&size=200").json();
		JsonNode entry = null;
		for (JsonNode e : queued) {
			if (e.path("id").asText().equals(id)) {
				entry = e;
			}
		}
		assertThat(entry).isNotNull();
		assertThat(entry.path("workingDaysLeft").asInt()).isBetween(6, 7);
		assertThat(entry.path("currentStep").asText()).isEqualTo(IntakeProcess.ACCEPT);

		acted(shushan, id, "accept", Map.of("note", "Within our jurisdiction"));
		assertThat(shushan.get("/api/intake/items/" + id).json().path("currentStep").asText())
			.isEqualTo(IntakeProcess.MEDIATE);
		acted(shushan, id, "settle", Map.of("amountRecovered", 1800, "note", "Refunded most of the fees"));
		JsonNode settled = shushan.get("/api/intake/items/" + id).json();
		assertThat(settled.path("status").asText()).isEqualTo("SETTLED");
		assertThat(settled.path("amountRecovered").decimalValue()).isEqualByComparingTo("1800");
		assertThat(settled.path("closedAt").asText()).isNotBlank();
		assertThat(settled.path("allowedActions")).isEmpty();
	}

	@Test
	void refusedWithAReasonFromTheList() {
		String id = receive(as("hefei.inspector"), shushanComplaint(workOrder())).path("id").asText();
		ApiClient shushan = as("shushan.inspector");
		ApiClient.Response unknown = act(shushan, id, "refuse", Map.of("reason", "BECAUSE"));
		assertThat(unknown.status()).isEqualTo(400);
		acted(shushan, id, "refuse", Map.of("reason", "HANDLED_ELSEWHERE", "note", "A court has the dispute"));
		JsonNode refused = shushan.get("/api/intake/items/" + id).json();
		assertThat(refused.path("status").asText()).isEqualTo("REFUSED");
		assertThat(refused.path("decisionDetail").asText()).startsWith("HANDLED_ELSEWHERE");
	}

	@Test
	void theBusinessSettlesThroughOdrAndTheConsumerConfirms() {
		Map<String, Object> body = shushanComplaint(workOrder());
		body.put("channel", "ODR");
		String id = receive(as("hefei.inspector"), body).path("id").asText();
		ApiClient shushan = as("shushan.inspector");
		acted(shushan, id, "accept", Map.of());
		acted(shushan, id, "record-odr-answer", Map.of("answer", "We refund the full fee within 7 days"));
		JsonNode waiting = shushan.get("/api/intake/items/" + id).json();
		assertThat(waiting.path("status").asText()).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(waiting.path("businessAnswer").asText()).contains("full fee");
		acted(shushan, id, "confirm", Map.of("note", "The consumer confirmed by phone"));
		assertThat(shushan.get("/api/intake/items/" + id).json().path("status").asText()).isEqualTo("SETTLED_BY_ODR");
	}

	@Test
	void forwardedOnceThenToTheCoordinatorsWhoseDesignationSticks() {
		String id = receive(as("hefei.inspector"), shushanComplaint(workOrder())).path("id").asText();
		ApiClient shushan = as("shushan.inspector");
		ApiClient baohe = as("baohe.inspector");
		assertThat(act(shushan, id, "forward", Map.of("agencyCode", "340104-MR", "reason", "Ours")).status())
			.isEqualTo(400);
		acted(shushan, id, "forward", Map.of("agencyCode", "340111-MR", "reason", "The gym moved to Baohe"));

		JsonNode atBaohe = baohe.get("/api/intake/items/" + id).json();
		assertThat(atBaohe.path("agencyCode").asText()).isEqualTo("340111-MR");
		assertThat(atBaohe.path("routing").path("rule").asText()).isEqualTo("forwarded");
		assertThat(atBaohe.path("forwardCount").asInt()).isEqualTo(1);
		assertThat(atBaohe.path("person").path("name").asText()).isEqualTo("Zhao Liu");
		// The forwarding agency keeps a read-only record, without the person, and the deadline history stays.
		JsonNode atShushan = shushan.get("/api/intake/items/" + id).json();
		assertThat(atShushan.path("allowedActions")).extracting(JsonNode::asText).containsExactly("read-only");
		assertThat(atShushan.path("person").path("identityShown").asBoolean()).isFalse();
		assertThat(atShushan.toString()).doesNotContain("Zhao Liu", "13900001111");
		assertThat(atShushan.path("tasks")).hasSize(2);
		assertThat(atShushan.path("tasks").get(0).path("deadline").path("rule").path("code").asText())
			.isEqualTo("accept-complaint");
		assertThat(as("jinghu.inspector").get("/api/intake/items/" + id).status()).isEqualTo(404);

		acted(baohe, id, "forward", Map.of("agencyCode", "340104-MR", "reason", "It is still in Shushan"));
		JsonNode triage = as("hefei.coordinator").get("/api/intake/items/" + id).json();
		assertThat(triage.path("status").asText()).isEqualTo("TRIAGE");
		assertThat(triage.path("triageAgency").asText()).isEqualTo("3401-MR");
		acted(as("hefei.coordinator"), id, "assign", Map.of("agencyCode", "340111-MR", "reason", "Registered in Baohe"));

		ApiClient.Response again = act(baohe, id, "forward", Map.of("agencyCode", "340104-MR", "reason", "No"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("errors").get(0).path("rule").asText()).isEqualTo("designated-agency-keeps-the-item");
	}

	@Test
	void aReportBecomesACaseAndTheInformantIsToldWithoutTheBusinessLearningWho() {
		String code = creditCode("340104");
		Map<String, Object> report = item("REPORT", workOrder(), business("Shushan Foods Ltd", code, "340104"), true);
		String id = receive(as("hefei.inspector"), report).path("id").asText();
		ApiClient shushan = as("shushan.inspector");
		JsonNode verifying = shushan.get("/api/intake/items/" + id).json();
		assertThat(verifying.path("currentStep").asText()).isEqualTo(IntakeProcess.VERIFY);
		assertThat(verifying.path("allowedActions")).extracting(JsonNode::asText)
			.contains("open-case", "no-case", "forward");

		acted(shushan, id, "open-case", Map.of("title", "Expired food sold", "category", "FOOD_SAFETY"));
		JsonNode informing = shushan.get("/api/intake/items/" + id).json();
		assertThat(informing.path("status").asText()).isEqualTo("INFORMING");
		assertThat(informing.path("currentStep").asText()).isEqualTo(IntakeProcess.INFORM);
		String caseId = informing.path("caseId").asText();
		JsonNode theCase = shushan.get("/api/cases/" + caseId).json();
		assertThat(theCase.path("ownerAgency").asText()).isEqualTo("340104-MR");
		assertThat(theCase.path("parties").get(0).path("creditCode").asText()).isEqualTo(code);
		assertThat(theCase.path("informant").path("name").asText()).isEqualTo("Zhao Liu");
		assertThat(shushan.get("/api/cases/" + caseId + "/timeline").toString()).contains(id);

		acted(shushan, id, "inform", Map.of("text", "A case was opened on your report"));
		JsonNode decided = shushan.get("/api/intake/items/" + id).json();
		assertThat(decided.path("status").asText()).isEqualTo("CASE_OPENED");
		assertThat(decided.path("tasks").get(1).path("deadline").path("rule").path("code").asText())
			.isEqualTo("inform-informant");
	}

	@Test
	void theVerificationIsExtendedByTheSupervisorAndSuspendedForTesting() {
		Map<String, Object> report = item("REPORT", workOrder(), business("Shushan Labs", null, "340104"), false);
		String id = receive(as("hefei.inspector"), report).path("id").asText();
		ApiClient supervisor = as("shushan.supervisor");
		String task = openTask(supervisor, id);
		Instant due = Instant.parse(supervisor.get("/api/intake/items/" + id).json().path("dueAt").asText());
		assertThat(supervisor.post("/api/tasks/" + task + "/deadline/extension",
				Map.of("workingDays", 15, "reason", "Several shops to inspect")).status()).isEqualTo(200);
		JsonNode extended = supervisor.get("/api/intake/items/" + id).json();
		assertThat(Instant.parse(extended.path("dueAt").asText())).isAfter(due.plusSeconds(14 * 86400));
		assertThat(supervisor.post("/api/tasks/" + task + "/deadline/extension",
				Map.of("workingDays", 1, "reason", "More")).status()).isEqualTo(409);

		assertThat(supervisor.post("/api/tasks/" + task + "/deadline/suspension",
				Map.of("reason", "Samples sent for testing")).status()).isEqualTo(200);
		JsonNode suspended = supervisor.get("/api/intake/items/" + id).json();
		assertThat(suspended.path("tasks").get(0).path("suspendedAt").asText()).isNotBlank();
		assertThat(supervisor.post("/api/tasks/" + task + "/deadline/resumption",
				Map.of("reason", "Test results in")).status()).isEqualTo(200);
		acted(as("shushan.inspector"), id, "no-case", Map.of("reason", "The samples passed"));
		assertThat(supervisor.get("/api/intake/items/" + id).json().path("status").asText()).isEqualTo("NO_CASE");
	}

	@Test
	void everyMessageToThePersonIsRecordedAndDeliveredThroughTheGateway() throws InterruptedException {
		String id = receive(as("hefei.inspector"), shushanComplaint(workOrder())).path("id").asText();
		ApiClient shushan = as("shushan.inspector");
		acted(shushan, id, "refuse", Map.of("reason", "OUT_OF_TIME"));
		JsonNode messages = messagesOnceSettled(shushan, id);
		assertThat(messages).extracting(m -> m.path("kind").asText()).containsExactly("ACKNOWLEDGEMENT", "REFUSAL");
		assertThat(messages).allSatisfy(m -> {
			assertThat(m.path("status").asText()).isEqualTo("SENT");
			assertThat(m.path("channel").asText()).isEqualTo("SMS");
		});
		assertThat(messages.get(1).path("text").asText()).contains("三年");
		assertThat(messages.toString()).doesNotContain("13900001111");
		assertThat(jdbc.sql("select count(*) from intake_outbox o join intake_message m on m.id = o.message_id "
				+ "where m.item_id = ?").param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aMessageThatCannotBeDeliveredIsRetriedThenShownAsFailed() throws InterruptedException {
		Map<String, Object> body = shushanComplaint(workOrder());
		body.put("person", Map.of("name", "Qian Qi", "contact", "nowhere", "realName", true));
		String id = receive(as("hefei.inspector"), body).path("id").asText();
		JsonNode message = messagesOnceSettled(as("shushan.inspector"), id).get(0);
		assertThat(message.path("status").asText()).isEqualTo("FAILED");
		assertThat(message.path("attempts").asInt()).isEqualTo(3);
		assertThat(message.path("channel").asText()).isEqualTo("LETTER");
		assertThat(message.path("lastError").asText()).contains("address");
	}

	@Test
	void anAnonymousPersonIsToldNothing() {
		Map<String, Object> report = item("REPORT", workOrder(), business("Shushan Bar", null, "340104"), false);
		String id = receive(as("hefei.inspector"), report).path("id").asText();
		assertThat(as("shushan.inspector").get("/api/intake/items/" + id).json().path("messages")).isEmpty();
	}

	/** The item's messages once none is still being delivered (retries included). */
	private JsonNode messagesOnceSettled(ApiClient officer, String id) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			JsonNode messages = officer.get("/api/intake/items/" + id).json().path("messages");
			boolean pending = false;
			for (JsonNode m : messages) {
				pending |= m.path("status").asText().equals("PENDING");
			}
			if (!pending || Instant.now().isAfter(until)) {
				return messages;
			}
			Thread.sleep(500);
		}
	}
}
