package org.jointcase.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.jointcase.DeadlineStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One test per path of {@code coordinated-action}: a report on time, a late one supervised, one sent back, the
 * campaign closed early, and the fan-out to 200 participants, each reporting exactly once per period. Period 1 has
 * begun at launch and opens at once, every later period opens by its timer a month after the previous one; the Spring
 * beans are stood in for.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = CoordinatedAction.RESOURCE)
class CoordinatedActionProcessTests {

	private static final Instant START = Instant.parse("2030-03-04T01:00:00Z");

	ProcessEngine engine;

	private final AtomicInteger closings = new AtomicInteger();

	@BeforeEach
	void standIns() {
		DeadlineStandIns.register(START);
		Mocks.register("scheduleReport", (JavaDelegate) execution -> {
			int number = ((Number) execution.getVariable(CoordinatedAction.LOOP_COUNTER)).intValue() + 1;
			execution.setVariableLocal(CoordinatedAction.PERIOD, number);
			execution.setVariableLocal(CoordinatedAction.BEGUN, number == 1);
			execution.setVariableLocal(CoordinatedAction.REPORT_OPENS_AT,
					Date.from(START.plus(Duration.ofDays(30L * (number - 1)))));
			execution.setVariableLocal(CoordinatedAction.REPORT_DUE_DATE, "2030-03-31");
		});
		Mocks.register("closeCampaign", (JavaDelegate) execution -> closings.incrementAndGet());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void everyAgencyReportsOnTimeAndTheCoordinatorCloses() {
		ProcessInstance campaign = launch(1, "3401-MR", "3401-PS");
		assertThat(campaign).as("a period begun has no timer to wait for").hasNotPassed(CoordinatedAction.PERIOD_STARTED);

		for (String agency : List.of("3401-MR", "3401-PS")) {
			complete(task(campaign, CoordinatedAction.SUBMIT_REPORT_TASK, agency + ":inspector"), Map.of());
			complete(task(campaign, CoordinatedAction.APPROVE_REPORT_TASK, agency + ":supervisor"),
					Map.of(CoordinatedAction.APPROVED, true));
		}

		assertThat(campaign).hasPassed(CoordinatedAction.REPORT_COUNTED)
			.isWaitingAt(CoordinatedAction.CONCLUSION_RECORDED);
		assertThat(closings).hasValue(0);
		close();
		assertThat(campaign).hasPassed(CoordinatedAction.CLOSE_CAMPAIGN, CoordinatedAction.CAMPAIGN_CLOSED).isEnded();
		assertThat(campaign).hasNotPassed(CoordinatedAction.CLOSED_EARLY);
		assertThat(closings).hasValue(1);
	}

	@Test
	void theSupervisorSendsTheReportBack() {
		ProcessInstance campaign = launch(1, "3401-PS");
		complete(task(campaign, CoordinatedAction.SUBMIT_REPORT_TASK, "3401-PS:inspector"), Map.of());
		complete(task(campaign, CoordinatedAction.APPROVE_REPORT_TASK, "3401-PS:supervisor"),
				Map.of(CoordinatedAction.APPROVED, false));

		assertThat(campaign).isWaitingAt(CoordinatedAction.SUBMIT_REPORT_TASK);
		assertThat(campaign).hasNotPassed(CoordinatedAction.REPORT_COUNTED);
		complete(task(campaign, CoordinatedAction.SUBMIT_REPORT_TASK, "3401-PS:inspector"), Map.of());
		complete(task(campaign, CoordinatedAction.APPROVE_REPORT_TASK, "3401-PS:supervisor"),
				Map.of(CoordinatedAction.APPROVED, true));
		assertThat(campaign).hasPassed(CoordinatedAction.REPORT_COUNTED)
			.isWaitingAt(CoordinatedAction.CONCLUSION_RECORDED);
	}

	@Test
	void theCoordinatorClosesEarlyAndEveryOpenReportAndLaterPeriodEnds() {
		ProcessInstance campaign = launch(3, "3401-MR", "3401-PS");
		complete(task(campaign, CoordinatedAction.SUBMIT_REPORT_TASK, "3401-MR:inspector"), Map.of());
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).count())
			.as("3401-MR's approval and 3401-PS's report of period 1").isEqualTo(2);
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(campaign.getId())
			.activityId(CoordinatedAction.PERIOD_STARTED).count()).as("periods 2 and 3 of both agencies").isEqualTo(4);

		close();

		assertThat(campaign).hasPassed(CoordinatedAction.CLOSED_EARLY, CoordinatedAction.CLOSE_CAMPAIGN).isEnded();
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).count()).isZero();
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(campaign.getId()).count())
			.as("no timer left behind").isZero();
		assertThat(closings).hasValue(1);
	}

	@Test
	void twoHundredParticipantsEachGetExactlyOneReportPerPeriod() {
		String[] agencies = IntStream.rangeClosed(1, 200).mapToObj(i -> "34%04d-MR".formatted(i))
			.toArray(String[]::new);
		ProcessInstance campaign = launch(2, agencies);
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(campaign.getId())
			.activityId(CoordinatedAction.PERIOD_STARTED).count()).as("period 2 waits").isEqualTo(200);

		assertReportTasksOnePerAgency(campaign, agencies);
		for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).list()) {
			complete(task, Map.of());
		}
		for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).list()) {
			complete(task, Map.of(CoordinatedAction.APPROVED, true));
		}
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).count())
			.as("period 2 has not started").isZero();

		ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(31))));
		openPeriodsDue();
		assertReportTasksOnePerAgency(campaign, agencies);
		assertThat(engine.getRuntimeService().getVariable(
				engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).list().get(0)
					.getExecutionId(), CoordinatedAction.PERIOD)).isEqualTo(2);
	}

	private void assertReportTasksOnePerAgency(ProcessInstance campaign, String... agencies) {
		List<Task> reports = engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
			.taskDefinitionKey(CoordinatedAction.SUBMIT_REPORT_TASK).list();
		List<String> groups = reports.stream()
			.flatMap(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).stream())
			.map(IdentityLink::getGroupId)
			.toList();
		assertThat(groups).containsExactlyInAnyOrderElementsOf(
				java.util.Arrays.stream(agencies).map(agency -> agency + ":inspector").toList());
	}

	private ProcessInstance launch(int periods, String... participants) {
		return engine.getRuntimeService().startProcessInstanceByKey(CoordinatedAction.PROCESS_KEY, "campaign-1",
				Variables.createVariables()
					.putValueTyped(CoordinatedAction.PARTICIPANTS,
							Variables.objectValue(new ArrayList<>(List.of(participants)), true).create())
					.putValue(CoordinatedAction.PERIOD_COUNT, periods));
	}

	/** Runs the timers of every period that has started by the engine's clock, as the job executor would. */
	private void openPeriodsDue() {
		for (Job job : engine.getManagementService().createJobQuery().timers()
			.activityId(CoordinatedAction.PERIOD_STARTED).duedateLowerThan(
					Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(1)))
			.list()) {
			engine.getManagementService().executeJob(job.getId());
		}
	}

	private void close() {
		engine.getRuntimeService().createMessageCorrelation(CoordinatedAction.CAMPAIGN_CLOSED_MESSAGE)
			.processInstanceBusinessKey("campaign-1").correlate();
	}

	private Task task(ProcessInstance campaign, String step, String group) {
		return engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
			.taskDefinitionKey(step).taskCandidateGroup(group).singleResult();
	}

	private void complete(Task task, Map<String, Object> variables) {
		assertThat(task).as("open task").isNotNull();
		engine.getTaskService().complete(task.getId(), variables);
	}
}
