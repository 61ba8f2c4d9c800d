package org.jointcase.reviews;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.jointcase.reviews.ReviewInputs.ActionReport;
import org.jointcase.reviews.ReviewInputs.Approval;
import org.jointcase.reviews.ReviewInputs.ConclusionInput;
import org.jointcase.reviews.ReviewInputs.OpinionInput;
import org.jointcase.reviews.ReviewInputs.Reason;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.ProcessSteps;
import org.springframework.stereotype.Component;

/**
 * The inbox actions of a joint review; the inbox has checked that the officer is a candidate of the task: a supervisor
 * of an owner agency consents or refuses, a participant's inspector submits and its supervisor approves the opinion,
 * the convening coordinator concludes, an agency reports its follow-up action done.
 */
@Component
class ReviewSteps implements ProcessSteps {

	static final String CONSENT = "consent";
	static final String REFUSE = "refuse";
	static final String SUBMIT = "submit";
	static final String APPROVE = "approve";
	static final String SEND_BACK = "send-back";
	static final String CONCLUDE = "conclude";
	static final String REPORT_DONE = "report-done";

	private final Reviews reviews;
	private final ReviewPolicy policy;
	private final ReviewRepository repository;
	private final TaskService taskService;

	ReviewSteps(Reviews reviews, ReviewPolicy policy, ReviewRepository repository, TaskService taskService) {
		this.reviews = reviews;
		this.repository = repository;
		this.policy = policy;
		this.taskService = taskService;
	}

	private static final Map<String, Map<String, Class<?>>> ACTIONS = Map.of(
			JointReview.GIVE_CONSENT_TASK, Map.of(CONSENT, Approval.class, REFUSE, Reason.class),
			JointReview.SUBMIT_OPINION_TASK, Map.of(SUBMIT, OpinionInput.class),
			JointReview.APPROVE_OPINION_TASK, Map.of(APPROVE, Approval.class, SEND_BACK, Reason.class),
			JointReview.RECORD_CONCLUSION_TASK, Map.of(CONCLUDE, ConclusionInput.class),
			JointReview.REPORT_ACTION_TASK, Map.of(REPORT_DONE, ActionReport.class));

	@Override
	public String processKey() {
		return JointReview.PROCESS_KEY;
	}

	@Override
	public void lockRecord(String recordId) {
		repository.find(UUID.fromString(recordId), true);
	}

	@Override
	public Map<String, Map<String, Class<?>>> actions() {
		return ACTIONS;
	}

	@Override
	public Map<String, Object> act(OpenTask task, SignedInOfficer officer, String action, Object body) {
		UUID reviewId = UUID.fromString(task.recordId());
		// The inbox has checked that the officer is a candidate of the task; taking part is the review's to decide.
		policy.read(officer, reviewId, "review." + action);
		switch (action) {
			case CONSENT -> {
				reviews.decideConsent(reviewId, task.agencyCode(), officer, true, null);
				return Map.of(JointReview.CONSENT_REFUSED, false);
			}
			case REFUSE -> {
				reviews.decideConsent(reviewId, task.agencyCode(), officer, false, ((Reason) body).reason().trim());
				return Map.of(JointReview.CONSENT_REFUSED, true);
			}
			case SUBMIT -> reviews.submitOpinion(reviewId, task.agencyCode(), officer, (OpinionInput) body);
			case APPROVE -> reviews.decideOpinion(reviewId, task.agencyCode(), officer, true, null);
			case SEND_BACK -> reviews.decideOpinion(reviewId, task.agencyCode(), officer, false,
					((Reason) body).reason().trim());
			case CONCLUDE -> {
				// Transient: the collection is read once, as the action instances start; the actions themselves
				// are kept in the review's tables.
				ArrayList<String> actionIds = new ArrayList<>(reviews.conclude(reviewId, officer, (ConclusionInput) body));
				return Variables.createVariables()
					.putValueTyped(JointReview.ACTION_IDS, Variables.objectValue(actionIds, true).create());
			}
			case REPORT_DONE -> reviews.actionDone(reviewId,
					UUID.fromString((String) taskService.getVariable(task.id(), JointReview.ACTION_ID)), officer,
					((ActionReport) body).report());
			default -> throw new IllegalArgumentException("No action " + action + " at " + task.step());
		}
		return switch (action) {
			case APPROVE -> Map.of(JointReview.APPROVED, true);
			case SEND_BACK -> Map.of(JointReview.APPROVED, false);
			default -> Map.of();
		};
	}
}
