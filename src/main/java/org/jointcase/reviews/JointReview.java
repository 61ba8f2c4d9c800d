package org.jointcase.reviews;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;

/** The process key, element ids, messages and variable names of {@code bpmn/joint-review.bpmn}. */
final class JointReview {

	static final String PROCESS_KEY = "joint-review";
	static final String RESOURCE = "bpmn/joint-review.bpmn";

	static final String GIVE_CONSENT_TASK = "GiveConsentTask";
	static final String CONSENT_DECIDED = "ConsentDecided";
	static final String OPEN_REVIEW = "OpenReview";
	static final String REFUSE_REVIEW = "RefuseReview";
	static final String REVIEW_REFUSED = "ReviewRefused";
	static final String OPINION_PHASE = "OpinionPhase";
	static final String SUBMIT_OPINION_TASK = "SubmitOpinionTask";
	static final String APPROVE_OPINION_TASK = "ApproveOpinionTask";
	static final String OPINION_PHASE_CLOSED_EARLY = "OpinionPhaseClosedEarly";
	static final String CLOSE_OPINION_PHASE = "CloseOpinionPhase";
	static final String RECORD_CONCLUSION_TASK = "RecordConclusionTask";
	static final String FOLLOW_UP_ACTIONS = "FollowUpActions";
	static final String REPORT_ACTION_TASK = "ReportActionTask";
	static final String ACTION_DONE = "ActionDone";
	static final String ACTION_CANCELLED_END = "ActionCancelledEnd";
	static final String REVIEW_CLOSED = "ReviewClosed";

	/** Message names (not ids) the API sends to a running review. */
	static final String OPINION_PHASE_CLOSED_EARLY_MESSAGE = "OpinionPhaseClosedEarly";
	static final String ACTION_CANCELLED_MESSAGE = "ActionCancelled";

	/**
	 * The owner agencies of reviewed cases other than the convening one: the collection of the consent
	 * multi-instance, empty when the convening agency owns every case.
	 */
	static final String CONSENTING_OWNERS = "consentingOwners";
	/** The owner agency one consent task asks. */
	static final String CONSENTING_OWNER = "consentingOwner";
	/** Set when an owner refuses: the other consent tasks end and so does the review. */
	static final String CONSENT_REFUSED = "consentRefused";
	/** The agency codes of the participants: the collection of the opinion multi-instance. */
	static final String PARTICIPANTS = "participants";
	/** The agency whose opinion one instance of the opinion phase asks for. */
	static final String PARTICIPANT = "participant";
	/** The candidate group of the conclusion: the coordinators of the convening agency. */
	static final String COORDINATORS = "coordinators";
	/** The date written opinions are due (ISO date), or null for the {@code review-opinion} rule. */
	static final String OPINION_DUE_DATE = "opinionDueDate";
	/** The day of the meeting (ISO date): the conclusion is due then. */
	static final String MEETING_DATE = "meetingDate";
	/** The supervisor's decision on an opinion. */
	static final String APPROVED = "approved";
	/** The follow-up action ids: the collection of the action multi-instance. */
	static final String ACTION_IDS = "actionIds";
	/** The action one instance of the follow-up phase is about, its agency and its due date (ISO date). */
	static final String ACTION_ID = "actionId";
	static final String ACTION_AGENCY = "actionAgency";
	static final String ACTION_DUE_DATE = "actionDueDate";

	/**
	 * Cancels one follow-up action of a running review: each action's cancellation event waits in its own instance of
	 * the action multi-instance, which alone sees that action's id, so the message goes to that execution only.
	 *
	 * @return false when no instance waits for that action (done or cancelled already)
	 */
	static boolean cancelAction(RuntimeService runtime, String processInstanceId, String actionId) {
		for (Execution waiting : runtime.createExecutionQuery().processInstanceId(processInstanceId)
			.messageEventSubscriptionName(ACTION_CANCELLED_MESSAGE).list()) {
			if (actionId.equals(runtime.getVariable(waiting.getId(), ACTION_ID))) {
				runtime.messageEventReceived(ACTION_CANCELLED_MESSAGE, waiting.getId());
				return true;
			}
		}
		return false;
	}

	private JointReview() {
	}
}
