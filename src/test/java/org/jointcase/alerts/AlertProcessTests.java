package org.jointcase.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * One test per path of {@code alert}: every agency acknowledges and the alert expires on its date; a late
 * acknowledgement is supervised; the alert expires before an agency acknowledged, which ends that task. The Spring
 * beans are stood in for.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = AlertProcess.RESOURCE)
class AlertProcessTests {

	private static final Instant START = Instant.parse("2030-03-04T01:00:00Z");
	private static final Instant EXPIRY = START.plus(Duration.ofDays(30));

	ProcessEngine engine;

	private final AtomicInteger expiries = new AtomicInteger();

	@BeforeEach
	void standIns() {
		DeadlineStandIns.register(START);
		Mocks.register("expireAlert", (JavaDelegate) execution -> expiries.incrementAndGet());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void everyAgencyAcknowledgesAndTheAlertExpiresOnItsDate() {
		ProcessInstance alert = issue("3402-MR", "3402-PS");
		complete(task(alert, "3402-MR"));
		complete(task(alert, "3402-PS"));

		assertThat(alert).hasPassed(AlertProcess.ALERT_ACKNOWLEDGED).isWaitingAt(AlertProcess.ACTIVE_UNTIL_EXPIRY);
		Job expiry = engine.getManagementService().createJobQuery().processInstanceId(alert.getId()).timers()
			.singleResult();
		assertThat(expiry.getDuedate().toInstant()).isEqualTo(EXPIRY);
		assertThat(expiries).as("active until its date").hasValue(0);

		ClockUtil.setCurrentTime(Date.from(EXPIRY));
		engine.getManagementService().executeJob(expiry.getId());
		assertThat(alert).hasPassed(AlertProcess.EXPIRE_ALERT, AlertProcess.ALERT_EXPIRED).isEnded();
		assertThat(alert).hasNotPassed(AlertProcess.EXPIRED_UNACKNOWLEDGED);
		assertThat(expiries).hasValue(1);
	}

	@Test
	void theAlertExpiresBeforeAnAgencyAcknowledgedAndItsTaskEnds() {
		ProcessInstance alert = issue("3402-MR", "3402-PS");
		complete(task(alert, "3402-MR"));
		Job expiry = engine.getManagementService().createJobQuery().processInstanceId(alert.getId()).timers()
			.activityId(AlertProcess.EXPIRED_UNACKNOWLEDGED).singleResult();

		ClockUtil.setCurrentTime(Date.from(EXPIRY));
		engine.getManagementService().executeJob(expiry.getId());

		assertThat(alert).hasPassed(AlertProcess.EXPIRED_UNACKNOWLEDGED, AlertProcess.EXPIRE_ALERT).isEnded();
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(alert.getId()).count()).isZero();
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(alert.getId()).count()).isZero();
		assertThat(expiries).as("expired exactly once").hasValue(1);
	}

	private ProcessInstance issue(String... addressees) {
		return engine.getRuntimeService().startProcessInstanceByKey(AlertProcess.PROCESS_KEY, "alert-1",
				Variables.createVariables()
					.putValueTyped(AlertProcess.ADDRESSEES,
							Variables.objectValue(new ArrayList<>(List.of(addressees)), true).create())
					.putValue(AlertProcess.EXPIRES_AT, Date.from(EXPIRY)));
	}

	private Task task(ProcessInstance alert, String agency) {
		return engine.getTaskService().createTaskQuery().processInstanceId(alert.getId())
			.taskDefinitionKey(AlertProcess.ACKNOWLEDGE_ALERT_TASK).taskCandidateGroup(agency + ":inspector")
			.singleResult();
	}

	private void complete(Task task) {
		assertThat(task).as("open task").isNotNull();
		engine.getTaskService().complete(task.getId(), Map.of());
	}
}
