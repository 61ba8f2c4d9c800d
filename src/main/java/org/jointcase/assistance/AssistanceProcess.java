package org.jointcase.assistance;

import java.util.Set;

/** The names the BPMN file {@code bpmn/assistance-request.bpmn} and the Java code share. */
final class AssistanceProcess {

	static final String KEY = "assistance-request";
	static final String RESOURCE = "bpmn/assistance-request.bpmn";

	// User tasks of the requesting agency
	static final String APPROVE_REQUEST = "ApproveRequestTask";
	static final String REVISE_REQUEST = "ReviseRequestTask";
	static final String CONSIDER_DECLINE = "ConsiderDeclineTask";
	static final String DECIDE_EXTENSION = "DecideExtensionTask";
	static final String REVIEW_REPLY = "ReviewReplyTask";

	/** The steps the requesting agency takes, also those inside an addressed agency's part. */
	static final Set<String> REQUESTER_STEPS = Set.of(APPROVE_REQUEST, REVISE_REQUEST, CONSIDER_DECLINE,
			DECIDE_EXTENSION, REVIEW_REPLY);

	// User tasks of each addressed agency
	static final String ACCEPT_REQUEST = "AcceptRequestTask";
	static final String REPLY = "ReplyTask";
	static final String APPROVE_REPLY = "ApproveReplyTask";
	static final String REVISE_REPLY = "ReviseReplyTask";

	/** The multi-instance subprocess that runs once per addressed agency. */
	static final String AGENCY_ASSISTANCE = "AgencyAssistance";

	static final String EXTENSION_ASKED_MESSAGE = "AssistanceExtensionAsked";
	static final String CANCELLED_MESSAGE = "AssistanceRequestCancelled";

	// Variables: set at start
	static final String ADDRESSEES = "addressees";
	static final String REQUESTER_INSPECTORS = "requesterInspectors";
	static final String REQUESTER_SUPERVISORS = "requesterSupervisors";

	/** The agency one instance of {@link #AGENCY_ASSISTANCE} is about; a readdress replaces it. */
	static final String ADDRESSEE = "addressee";

	// Decisions: request-wide ones at the process, the others local to each agency's instance
	static final String APPROVED = "approved";
	static final String WITHDRAWN = "withdrawn";
	static final String ACCEPTED = "accepted";
	static final String READDRESSED = "readdressed";
	static final String REPLY_APPROVED = "replyApproved";
	static final String REPLY_ACCEPTED = "replyAccepted";

	// Delegate beans
	static final String SEND = "sendAssistanceRequest";
	static final String CLOSE = "closeAssistanceRequest";
	static final String CANCEL = "cancelAssistanceRequest";

	private AssistanceProcess() {
	}
}
