package org.jointcase.statistics;

/**
 * What one fact row counts, and for which agency. Each kind is added by {@link FactRecorder} from one past-tense
 * event, in the transaction of the change; the one kind marked "awaiting" has no event to count yet: its listener is
 * added to {@link FactRecorder} the same way once a path publishes it, and until then it counts nothing.
 */
public enum FactKind {

	/** {@code CaseOpened}, for the opening agency, by case category. */
	CASE_OPENED,
	/** Awaiting: no path closes a case yet; a {@code CaseClosed} event of the cases module adds it by category. */
	CASE_CLOSED,
	/** {@code TransferSent}, for the sender. */
	TRANSFER_SENT,
	/** {@code TransferSent}, for the target. */
	TRANSFER_RECEIVED,
	/** {@code TransferSent} of a suspected crime, for the sender. */
	CRIME_TRANSFER_SENT,
	/** {@code OwnershipTransferred} by acceptance, for the accepting agency, by working days from sending. */
	TRANSFER_ACCEPTED,
	/** {@code TransferDisputed}, for the disputing target. */
	TRANSFER_DISPUTED,
	/** {@code TransferDesignated}, for the designating agency. */
	TRANSFER_DESIGNATED,
	/** {@code TransferWithdrawn}, for the sender. */
	TRANSFER_WITHDRAWN,
	/** {@code AssistanceSent}, for the requester. */
	ASSISTANCE_SENT,
	/** {@code AssistanceAnswered}, for the answering agency. */
	ASSISTANCE_ANSWERED,
	/** {@code AssistanceAnswered} written by its due date, for the answering agency. */
	ASSISTANCE_ANSWERED_ON_TIME,
	/** {@code ReplyAccepted}, for the answering agency. */
	ASSISTANCE_REPLY_ACCEPTED,
	/** {@code ExtensionGranted}, for the agency that got more time. */
	ASSISTANCE_EXTENSION,
	/** {@code ReviewConvened}, for the convening agency. */
	REVIEW_CONVENED,
	/** {@code OpinionSubmitted}, for the participating agency. */
	REVIEW_OPINION,
	/** {@code OpinionSubmitted} by the review's opinion due date, for the participating agency. */
	REVIEW_OPINION_ON_TIME,
	/** {@code FollowUpDone}, for the agency that did it. */
	REVIEW_FOLLOW_UP_DONE,
	/** {@code DeadlinePassed}: a supervision entry (督办) about the late agency. */
	SUPERVISION_ENTRY,
	/** {@code IntakeItemReceived}, for the receiving agency, by channel. */
	INTAKE_RECEIVED,
	/** {@code IntakeItemDecided} that closes the item, for the handling agency, by outcome (the closing status). */
	INTAKE_CONCLUDED,
	/**
	 * {@code IntakeItemDecided} that ends a mediation (settled, settled through ODR, not settled, withdrawn), for the
	 * handling agency.
	 */
	MEDIATION_CONCLUDED,
	/** {@code IntakeItemDecided} that ends a mediation settled or settled through ODR, for the handling agency. */
	MEDIATION_SUCCEEDED,
	/** {@code IntakeItemDecided} of a settled mediation: the amount recovered for the consumer, in fen. */
	AMOUNT_RECOVERED,
	/** {@code CampaignReportApproved}, for the reporting agency: the value of each reported figure (the category). */
	CAMPAIGN_REPORTED,
	/** {@code AlertIssued}, for the issuing agency. */
	ALERT_ISSUED,
	/** {@code AlertAcknowledged}, for the acknowledging agency. */
	ALERT_ACKNOWLEDGED;

	/** The {@code working_days} of a fact that is a plain count, not a duration. */
	static final int NO_DURATION = -1;
}
