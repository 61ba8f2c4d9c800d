package org.jointcase.intake;

/** The names that tie {@code bpmn/complaint-intake.bpmn} to this module. */
public final class IntakeProcess {

	public static final String KEY = "complaint-intake";

	public static final String TRIAGE = "TriageItemTask";
	public static final String ACCEPT = "AcceptComplaintTask";
	public static final String MEDIATE = "MediateComplaintTask";
	public static final String CONFIRM = "ConfirmSettlementTask";
	public static final String VERIFY = "VerifyReportTask";
	public static final String INFORM = "InformInformantTask";

	/** The step actions; {@link #DECISION} carries the one taken to the gateway after the step. */
	public static final String ASSIGN = "assign";
	public static final String ACCEPT_ACTION = "accept";
	public static final String REFUSE = "refuse";
	public static final String FORWARD = "forward";
	public static final String SETTLE = "settle";
	public static final String NOT_SETTLED = "not-settled";
	public static final String WITHDRAW = "withdraw";
	public static final String RECORD_ODR_ANSWER = "record-odr-answer";
	public static final String CONFIRM_ACTION = "confirm";
	public static final String NOT_CONFIRMED = "not-confirmed";
	public static final String OPEN_CASE = "open-case";
	public static final String NO_CASE = "no-case";
	public static final String INFORM_ACTION = "inform";

	static final String COMPLAINT = "complaint";
	static final String REAL_NAME = "realName";
	static final String PLACED = "placed";
	static final String HANDLERS = "handlers";
	static final String TRIAGERS = "triagers";
	static final String DECISION = "decision";
	static final String FORWARD_TO = "forwardTo";
	static final String FORWARD_REASON = "forwardReason";
	static final String CASE_TITLE = "caseTitle";
	static final String CASE_CATEGORY = "caseCategory";
	/** Who took the last decision, for the effects that follow it in service tasks. */
	static final String ACTOR = "actor";
	static final String ACTOR_AGENCY = "actorAgency";

	private IntakeProcess() {
	}
}
