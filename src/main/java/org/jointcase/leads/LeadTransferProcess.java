package org.jointcase.leads;

/** The names that tie {@code bpmn/lead-transfer.bpmn} to this module. */
public final class LeadTransferProcess {

	public static final String KEY = "lead-transfer";

	public static final String APPROVE = "ApproveTransferTask";
	public static final String REVISE = "ReviseTransferTask";
	public static final String ACCEPT = "AcceptTransferTask";
	public static final String DESIGNATE = "DesignateAgencyTask";
	public static final String REPORT = "ReportResultTask";
	public static final String ACKNOWLEDGE = "AcknowledgeResultTask";

	public static final String WITHDRAWN_MESSAGE = "TransferWithdrawn";

	static final String SENDER_SUPERVISORS = "senderSupervisors";
	static final String SENDER_INSPECTORS = "senderInspectors";
	static final String TARGET_SUPERVISORS = "targetSupervisors";
	static final String DESIGNATORS = "designators";
	static final String OWNER_INSPECTORS = "ownerInspectors";
	static final String APPROVE_RULE = "approveRule";
	static final String ACCEPT_RULE = "acceptRule";
	static final String APPROVED = "approved";
	static final String ACCEPTED = "accepted";
	static final String DESIGNATED_AGENCY = "designatedAgency";
	static final String OWNER_CHANGED = "ownerChanged";
	/** Who took the last decision, for the effects that follow it in service tasks. */
	static final String ACTOR = "actor";
	static final String ACTOR_AGENCY = "actorAgency";

	private LeadTransferProcess() {
	}
}
