package org.jointcase.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.calendar.DeadlineRules;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.tasks.DeadlineWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deadline machinery on a real transfer in the real engine on PostgreSQL: due dates from the working-day calendar,
 * the inbox row's next notice at those dates, a reminder to the addressed agency and a supervision entry to its
 * superior when the clock passes them (each once), and a supervisor's extension and suspension moving the notices.
 */
@IntegrationTest
class LeadTransferDeadlineIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	DeadlineRules rules;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void noticesAreGivenAtTheCalendarDatesAndTheSuperiorAgencyGetsASupervisionEntry() {
		// Friday 25 September 2026: the National Day holidays (1-7 October, 10 October worked) lie in the period.
		Instant friday = Instant.parse("2026-09-25T02:00:00Z");
		ClockUtil.setCurrentTime(Date.from(friday));
		UUID caseId = TransferFixtures.createCase(ApiClient.as(port, "wuhu.inspector"), "Deadline watch",
				"91340200MA8P56780L");
		TransferFixtures.propose(ApiClient.as(port, "wuhu.inspector"), caseId, "340202-MR");
		TransferFixtures.act(ApiClient.as(port, "wuhu.supervisor"), caseId, "ApproveTransferTask", "approve", Map.of());

		// Jinghu accepts within 7 working days of Friday 25 September: Golden Week does not count.
		var expected = calendar.dueDate(friday, rules.rule(DeadlineRules.ACCEPT_TRANSFER));
		assertThat(expected.dueDate()).isEqualTo(LocalDate.of(2026, 10, 12));
		JsonNode accept = TransferFixtures.taskJson(ApiClient.as(port, "jinghu.supervisor"), caseId, "AcceptTransferTask");
		assertThat(Instant.parse(accept.path("dueAt").asText())).isEqualTo(expected.dueAt());
		assertThat(accept.path("deadline").path("rule").path("source").asText()).contains("Platform default");
		String taskId = accept.path("id").asText();
		assertThat(nextNotice(taskId)).isEqualTo(expected.reminderAt());

		ClockUtil.setCurrentTime(Date.from(expected.reminderAt().plusSeconds(60)));
		watch.noticeDue();
		assertThat(noticesAbout(accept, "jinghu.supervisor")).containsExactly("REMINDER");
		assertThat(nextNotice(taskId)).isEqualTo(expected.dueAt());

		ClockUtil.setCurrentTime(Date.from(expected.dueAt().plusSeconds(60)));
		watch.noticeDue();
		watch.noticeDue();
		// Jinghu's superior is Wuhu market regulation (3402-MR): its supervisors get the supervision entry, once.
		assertThat(noticesAbout(accept, "wuhu.supervisor")).containsExactly("SUPERVISION");
		assertThat(noticesAbout(accept, "jinghu.supervisor")).containsExactly("REMINDER");
		assertThat(nextNotice(taskId)).isNull();
		JsonNode stillOpen = ApiClient.as(port, "jinghu.supervisor").get("/api/tasks/" + accept.path("id").asText())
			.json().path("task");
		assertThat(stillOpen.path("closedAt").isMissingNode()).isTrue();
		assertThat(stillOpen.path("overdue").asBoolean()).isTrue();
	}

	@Test
	void aSupervisorExtendsAndSuspendsADeadlineAndTheNoticesMoveWithIt() {
		UUID caseId = TransferFixtures.createCase(ApiClient.as(port, "hefei.inspector"), "Extension", "91340100MA2N123401");
		TransferFixtures.propose(ApiClient.as(port, "hefei.inspector"), caseId, "340104-MR");
		String approve = TransferFixtures.task(ApiClient.as(port, "hefei.supervisor"), caseId, "ApproveTransferTask");

		// The inspector is no candidate of the supervisors' task and no supervisor: the task is not theirs to see.
		assertThat(ApiClient.as(port, "hefei.inspector").post("/api/tasks/" + approve + "/deadline/extension",
				Map.of("workingDays", 5, "reason", "Waiting for the lab")).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "wuhu.supervisor").post("/api/tasks/" + approve + "/deadline/extension",
				Map.of("workingDays", 5, "reason", "Not mine")).status()).isEqualTo(404);

		JsonNode before = ApiClient.as(port, "hefei.supervisor").get("/api/tasks/" + approve).json().path("task");
		JsonNode extended = ApiClient.as(port, "hefei.supervisor").post("/api/tasks/" + approve + "/deadline/extension",
				Map.of("workingDays", 5, "reason", "Waiting for the lab")).json();
		assertThat(extended.path("deadline").path("extensions").get(0).path("amount").asInt()).isEqualTo(5);
		Instant newDue = Instant.parse(extended.path("dueAt").asText());
		assertThat(newDue).isAfter(Instant.parse(before.path("dueAt").asText()));
		Instant reminder = nextNotice(approve);
		assertThat(reminder).as("the reminder of the extended deadline").isBefore(newDue)
			.isEqualTo(jdbc.sql("select reminder_at from inbox_task where task_id = ?").param(approve)
				.query(java.sql.Timestamp.class).single().toInstant());

		JsonNode suspended = ApiClient.as(port, "hefei.supervisor").post("/api/tasks/" + approve
				+ "/deadline/suspension", Map.of("reason", "Appraisal of the samples")).json();
		assertThat(suspended.path("suspendedAt").isMissingNode()).isFalse();
		assertThat(nextNotice(approve)).as("a suspended deadline gives no notice").isNull();
		JsonNode resumed = ApiClient.as(port, "hefei.supervisor").post("/api/tasks/" + approve
				+ "/deadline/resumption", Map.of("reason", "Appraisal back")).json();
		assertThat(resumed.path("deadline").path("pauses").size()).isEqualTo(1);
		assertThat(nextNotice(approve)).as("resumed, the reminder is due again").isAfterOrEqualTo(reminder);
		assertThat(ApiClient.as(port, "hefei.inspector").get("/api/cases/" + caseId + "/timeline").json()
			.findValuesAsText("type")).contains("DEADLINE_EXTENDED", "DEADLINE_SUSPENDED", "DEADLINE_RESUMED");
	}

	@Test
	void aNoticeThatCannotBeGivenIsTriedAgainLaterAndHoldsUpNoneBehindIt() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		ApiClient supervisor = ApiClient.as(port, "hefei.supervisor");
		UUID broken = TransferFixtures.createCase(inspector, "Notice not given", "91340100MA2N123401");
		UUID sound = TransferFixtures.createCase(inspector, "Notice given", "91340100MA2N123401");
		TransferFixtures.propose(inspector, broken, "340104-MR");
		TransferFixtures.propose(inspector, sound, "340104-MR");
		JsonNode first = TransferFixtures.taskJson(supervisor, broken, "ApproveTransferTask");
		JsonNode second = TransferFixtures.taskJson(supervisor, sound, "ApproveTransferTask");
		// The first reminder due names no agency, which a notice must: it fails each time it is given.
		Instant now = Instant.now();
		jdbc.sql("update inbox_task set agency_code = null, notice_at = ? where task_id = ?")
			.params(java.sql.Timestamp.from(now.minusSeconds(2)), first.path("id").asText()).update();
		jdbc.sql("update inbox_task set notice_at = ? where task_id = ?")
			.params(java.sql.Timestamp.from(now.minusSeconds(1)), second.path("id").asText()).update();

		watch.noticeDue();

		assertThat(noticesAbout(second, "hefei.supervisor")).containsExactly("REMINDER");
		assertThat(jdbc.sql("select count(*) from deadline_notice where task_id = ?").param(first.path("id").asText())
			.query(Long.class).single()).isZero();
		assertThat(nextNotice(first.path("id").asText())).as("tried again in a minute")
			.isAfter(now.plusSeconds(50));
		jdbc.sql("update inbox_task set notice_at = null where task_id = ?").param(first.path("id").asText()).update();
	}

	/** When the task's next notice is due, as its inbox row holds it. */
	private Instant nextNotice(String taskId) {
		return jdbc.sql("select notice_at from inbox_task where task_id = ?").param(taskId)
			.query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list().get(0);
	}

	private List<String> noticesAbout(JsonNode task, String officer) {
		List<String> kinds = new java.util.ArrayList<>();
		ApiClient.as(port, officer).get("/api/notices?size=100").json().path("items").forEach(notice -> {
			if (notice.path("taskId").asText().equals(task.path("id").asText())) {
				kinds.add(notice.path("kind").asText());
			}
		});
		return kinds;
	}
}
