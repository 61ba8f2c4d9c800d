package org.jointcase.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.calendar.DeadlineRules;
import org.jointcase.calendar.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deadline machinery on a real transfer in the real engine on PostgreSQL: due dates from the working-day calendar,
 * timers at those dates, a reminder to the addressed agency and a supervision entry to its superior when the clock
 * passes them, and a supervisor's extension and suspension moving the timers.
 */
@IntegrationTest
class LeadTransferDeadlineIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

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
	void timersFireAtTheCalendarDatesAndTheSuperiorAgencyGetsASupervisionEntry() {
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
		String processInstance = jdbc.sql("select process_instance_id from lead_transfer where case_id = ?")
			.param(caseId).query(String.class).single();
		List<Job> timers = management.createJobQuery().processInstanceId(processInstance).timers()
			.activityId("AcceptTransferTask").list();
		assertThat(timers).extracting(job -> job.getDuedate().toInstant())
			.containsExactlyInAnyOrder(expected.reminderAt(), expected.dueAt());

		ClockUtil.setCurrentTime(Date.from(expected.reminderAt().plusSeconds(60)));
		runDueTimers(processInstance);
		assertThat(noticesAbout(accept, "jinghu.supervisor")).containsExactly("REMINDER");

		ClockUtil.setCurrentTime(Date.from(expected.dueAt().plusSeconds(60)));
		runDueTimers(processInstance);
		// Jinghu's superior is Wuhu market regulation (3402-MR): its supervisors get the supervision entry.
		assertThat(noticesAbout(accept, "wuhu.supervisor")).containsExactly("SUPERVISION");
		JsonNode stillOpen = ApiClient.as(port, "jinghu.supervisor").get("/api/tasks/" + accept.path("id").asText())
			.json().path("task");
		assertThat(stillOpen.path("closedAt").isMissingNode()).isTrue();
		assertThat(stillOpen.path("overdue").asBoolean()).isTrue();
	}

	@Test
	void aSupervisorExtendsAndSuspendsADeadlineAndTheTimersMoveWithIt() {
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
		String execution = jdbc.sql("select execution_id_ from act_ru_task where id_ = ?").param(approve)
			.query(String.class).single();
		assertThat(management.createJobQuery().executionId(execution).timers().list())
			.extracting(job -> job.getDuedate().toInstant()).contains(newDue);

		JsonNode suspended = ApiClient.as(port, "hefei.supervisor").post("/api/tasks/" + approve
				+ "/deadline/suspension", Map.of("reason", "Appraisal of the samples")).json();
		assertThat(suspended.path("suspendedAt").isMissingNode()).isFalse();
		assertThat(management.createJobQuery().executionId(execution).timers().active().count()).isZero();
		JsonNode resumed = ApiClient.as(port, "hefei.supervisor").post("/api/tasks/" + approve
				+ "/deadline/resumption", Map.of("reason", "Appraisal back")).json();
		assertThat(resumed.path("deadline").path("pauses").size()).isEqualTo(1);
		assertThat(management.createJobQuery().executionId(execution).timers().active().count()).isEqualTo(2);
		assertThat(ApiClient.as(port, "hefei.inspector").get("/api/cases/" + caseId + "/timeline").json()
			.findValuesAsText("type")).contains("DEADLINE_EXTENDED", "DEADLINE_SUSPENDED", "DEADLINE_RESUMED");
	}

	private void runDueTimers(String processInstance) {
		for (Job job : management.createJobQuery().processInstanceId(processInstance).timers().executable().list()) {
			try {
				management.executeJob(job.getId());
			}
			catch (RuntimeException takenByTheJobExecutor) {
				// The running job executor may have fired it first: the notice is what counts.
			}
		}
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
