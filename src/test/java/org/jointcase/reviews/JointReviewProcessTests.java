package org.jointcase.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.jointcase.tasks.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One test per path of {@code joint-review}, from the owners' consent (given, refused, not needed) to the follow-up
 * actions; the Spring beans it calls are stood in for.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = JointReview.RESOURCE)
class JointReviewProcessTests {

	ProcessEngine engine;

	private final AtomicInteger phaseClosings = new AtomicInteger();
	private final AtomicInteger reviewClosings = new AtomicInteger();
	private final AtomicInteger openings = new AtomicInteger();
	private final AtomicInteger refusals = new AtomicInteger();
	/** The participants the stand-in of {@code openReview} hands to the opinion phase. */
	private List<String> participants = List.of();

	@BeforeEach
	void standIns() {
		Mocks.register("deadlineStart", (ExecutionListener) execution -> {
		});
		Mocks.register("openReview", (JavaDelegate) execution -> {
			openings.incrementAndGet();
			execution.setVariable(JointReview.PARTICIPANTS,
					Variables.objectValue(new ArrayList<>(participants), true).create());
		});
		Mocks.register("refuseReview", (JavaDelegate) execution -> refusals.incrementAndGet());
		Mocks.register("closeOpinionPhase", (JavaDelegate) execution -> phaseClosings.incrementAndGet());
		// Every action in these tests goes to the agency named by its id's prefix ("3401-PS/1").
		Mocks.register("addressFollowUpAction", (JavaDelegate) execution -> {
			String actionId = (String) execution.getVariable(JointReview.ACTION_ID);
			execution.setVariableLocal(JointReview.ACTION_AGENCY, actionId.substring(0, actionId.indexOf('/')));
			execution.setVariableLocal(JointReview.ACTION_DUE_DATE, "2030-01-31");
		});
		Mocks.register("closeReview", (JavaDelegate) execution -> reviewClosings.incrementAndGet());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void theConveningAgencyOwnsEveryCaseSoNoConsentIsAsked() {
		ProcessInstance review = convene("3401-PS");

		assertThat(review).hasPassed(JointReview.OPEN_REVIEW).isWaitingAt(JointReview.SUBMIT_OPINION_TASK);
		assertThat(review).hasNotPassed(JointReview.GIVE_CONSENT_TASK);
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
			.taskDefinitionKey(JointReview.GIVE_CONSENT_TASK).count()).isZero();
		assertThat(openings).hasValue(1);
	}

	@Test
	void everyOwnerConsentsThenTheOpinionsAreAskedFor() {
		ProcessInstance review = conveneWithOwners(List.of("3402-MR", "3401-PS"), "3401-PS", "3401-COM");
		assertThat(review).isWaitingAt(JointReview.GIVE_CONSENT_TASK);
		assertThat(openings).as("no access before consent").hasValue(0);

		complete(task(review, JointReview.GIVE_CONSENT_TASK, "3402-MR:supervisor"),
				Map.of(JointReview.CONSENT_REFUSED, false));
		assertThat(review).isWaitingAt(JointReview.GIVE_CONSENT_TASK);
		assertThat(openings).hasValue(0);
		complete(task(review, JointReview.GIVE_CONSENT_TASK, "3401-PS:supervisor"),
				Map.of(JointReview.CONSENT_REFUSED, false));

		assertThat(review).hasPassed(JointReview.OPEN_REVIEW).isWaitingAt(JointReview.SUBMIT_OPINION_TASK);
		assertThat(openings).hasValue(1);
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
			.taskDefinitionKey(JointReview.SUBMIT_OPINION_TASK).count()).isEqualTo(2);
	}

	@Test
	void oneOwnerRefusesAndTheReviewEndsWithoutGivingAccess() {
		ProcessInstance review = conveneWithOwners(List.of("3402-MR", "3401-PS"), "3401-PS");
		Task overdueOwner = task(review, JointReview.GIVE_CONSENT_TASK, "3402-MR:supervisor");

		complete(task(review, JointReview.GIVE_CONSENT_TASK, "3401-PS:supervisor"),
				Map.of(JointReview.CONSENT_REFUSED, true));

		assertThat(review).hasPassed(JointReview.REFUSE_REVIEW, JointReview.REVIEW_REFUSED).isEnded();
		assertThat(review).hasNotPassed(JointReview.OPEN_REVIEW);
		assertThat(engine.getTaskService().createTaskQuery().taskId(overdueOwner.getId()).count())
			.as("the other owner's question is withdrawn").isZero();
		assertThat(openings).hasValue(0);
		assertThat(refusals).hasValue(1);
	}

	@Test
	void everyAgencyGivesAnApprovedOpinionThenTheActionIsDone() {
		ProcessInstance review = convene("3401-MR", "3401-PS", "3401-COM");
		assertThat(review).isWaitingAt(JointReview.SUBMIT_OPINION_TASK);

		for (String agency : List.of("3401-MR", "3401-PS", "3401-COM")) {
			complete(task(review, JointReview.SUBMIT_OPINION_TASK, agency + ":inspector"), Map.of());
			complete(task(review, JointReview.APPROVE_OPINION_TASK, agency + ":supervisor"),
					Map.of(JointReview.APPROVED, true));
		}

		assertThat(review).isWaitingAt(JointReview.RECORD_CONCLUSION_TASK);
		assertThat(phaseClosings).hasValue(1);
		complete(task(review, JointReview.RECORD_CONCLUSION_TASK, "3401-MR:coordinator"), actions("3401-PS/1"));
		complete(task(review, JointReview.REPORT_ACTION_TASK, "3401-PS:inspector"), Map.of());

		assertThat(review).hasPassed(JointReview.ACTION_DONE).isEnded();
		assertThat(review).hasPassed(JointReview.REVIEW_CLOSED);
		assertThat(reviewClosings).hasValue(1);
	}

	@Test
	void theCoordinatorClosesTheOpinionPhaseEarly() {
		ProcessInstance review = convene("3401-PS", "3401-COM");
		complete(task(review, JointReview.SUBMIT_OPINION_TASK, "3401-PS:inspector"), Map.of());
		complete(task(review, JointReview.APPROVE_OPINION_TASK, "3401-PS:supervisor"), Map.of(JointReview.APPROVED, true));

		engine.getRuntimeService().createMessageCorrelation(JointReview.OPINION_PHASE_CLOSED_EARLY_MESSAGE)
			.processInstanceBusinessKey("review-1").correlate();

		assertThat(review).hasPassed(JointReview.OPINION_PHASE_CLOSED_EARLY).isWaitingAt(JointReview.RECORD_CONCLUSION_TASK);
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
			.taskDefinitionKey(JointReview.SUBMIT_OPINION_TASK).count()).isZero();
		assertThat(phaseClosings).hasValue(1);
	}

	@Test
	void oneActionIsDoneAndTheOtherCancelled() {
		ProcessInstance review = convene("3401-PS");
		complete(task(review, JointReview.SUBMIT_OPINION_TASK, "3401-PS:inspector"), Map.of());
		complete(task(review, JointReview.APPROVE_OPINION_TASK, "3401-PS:supervisor"), Map.of(JointReview.APPROVED, true));
		complete(task(review, JointReview.RECORD_CONCLUSION_TASK, "3401-MR:coordinator"),
				actions("3401-PS/1", "3401-COM/2"));
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
			.taskDefinitionKey(JointReview.REPORT_ACTION_TASK).count()).isEqualTo(2);

		assertThat(JointReview.cancelAction(engine.getRuntimeService(), review.getId(), "3401-COM/2")).isTrue();
		assertThat(JointReview.cancelAction(engine.getRuntimeService(), review.getId(), "3401-COM/2")).isFalse();
		assertThat(review).hasPassed(JointReview.ACTION_CANCELLED_END).isWaitingAt(JointReview.REPORT_ACTION_TASK);
		complete(task(review, JointReview.REPORT_ACTION_TASK, "3401-PS:inspector"), Map.of());

		assertThat(review).hasPassed(JointReview.ACTION_DONE, JointReview.REVIEW_CLOSED).isEnded();
	}

	@Test
	void aConclusionWithoutActionsClosesTheReview() {
		ProcessInstance review = convene("3401-PS");
		complete(task(review, JointReview.SUBMIT_OPINION_TASK, "3401-PS:inspector"), Map.of());
		complete(task(review, JointReview.APPROVE_OPINION_TASK, "3401-PS:supervisor"), Map.of(JointReview.APPROVED, true));
		complete(task(review, JointReview.RECORD_CONCLUSION_TASK, "3401-MR:coordinator"), actions());

		assertThat(review).hasPassed(JointReview.REVIEW_CLOSED).isEnded();
		assertThat(reviewClosings).hasValue(1);
	}

	@Test
	void theSupervisorSendsTheOpinionBack() {
		ProcessInstance review = convene("3401-PS");
		complete(task(review, JointReview.SUBMIT_OPINION_TASK, "3401-PS:inspector"), Map.of());
		complete(task(review, JointReview.APPROVE_OPINION_TASK, "3401-PS:supervisor"),
				Map.of(JointReview.APPROVED, false));

		assertThat(review).isWaitingAt(JointReview.SUBMIT_OPINION_TASK);
		complete(task(review, JointReview.SUBMIT_OPINION_TASK, "3401-PS:inspector"), Map.of());
		complete(task(review, JointReview.APPROVE_OPINION_TASK, "3401-PS:supervisor"), Map.of(JointReview.APPROVED, true));
		assertThat(review).isWaitingAt(JointReview.RECORD_CONCLUSION_TASK);
	}

	private ProcessInstance convene(String... participants) {
		return conveneWithOwners(List.of(), participants);
	}

	/** Convenes over cases of which {@code owners} (not the convening 3401-MR) own some. */
	private ProcessInstance conveneWithOwners(List<String> owners, String... participants) {
		this.participants = List.of(participants);
		VariableMap variables = Variables.createVariables()
			.putValue(ProcessVariables.CASE_ID, "9b7c5a0e-3f6d-4c1e-8a2b-1d2e3f405162")
			.putValueTyped(JointReview.CONSENTING_OWNERS, Variables.objectValue(new ArrayList<>(owners), true).create())
			.putValue(JointReview.CONSENT_REFUSED, false)
			.putValue(JointReview.COORDINATORS, "3401-MR:coordinator")
			.putValue(JointReview.OPINION_DUE_DATE, null)
			.putValue(JointReview.MEETING_DATE, "2030-01-15");
		return engine.getRuntimeService().startProcessInstanceByKey(JointReview.PROCESS_KEY, "review-1", variables);
	}

	private static VariableMap actions(String... ids) {
		return Variables.createVariables()
			.putValueTyped(JointReview.ACTION_IDS, Variables.objectValue(new ArrayList<>(List.of(ids)), true).create());
	}

	private Task task(ProcessInstance review, String step, String group) {
		return engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(step)
			.taskCandidateGroup(group).singleResult();
	}

	private void complete(Task task, Map<String, Object> variables) {
		assertThat(task).as("open task").isNotNull();
		engine.getTaskService().complete(task.getId(), variables);
	}
}
