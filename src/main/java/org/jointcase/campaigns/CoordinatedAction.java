package org.jointcase.campaigns;

/** The process key, element ids, message and variable names of {@code bpmn/coordinated-action.bpmn}. */
final class CoordinatedAction {

	static final String PROCESS_KEY = "coordinated-action";
	static final String RESOURCE = "bpmn/coordinated-action.bpmn";

	static final String REPORTING = "Reporting";
	static final String PERIOD_REPORTING = "PeriodReporting";
	static final String SCHEDULE_REPORT = "ScheduleReport";
	static final String PERIOD_BEGUN = "PeriodBegun";
	static final String PERIOD_STARTED = "PeriodStarted";
	static final String SUBMIT_REPORT_TASK = "SubmitReportTask";
	static final String APPROVE_REPORT_TASK = "ApproveReportTask";
	static final String REPORT_COUNTED = "ReportCounted";
	static final String CLOSED_EARLY = "ClosedEarly";
	static final String CONCLUSION_RECORDED = "ConclusionRecorded";
	static final String CLOSE_CAMPAIGN = "CloseCampaign";
	static final String CAMPAIGN_CLOSED = "CampaignClosed";

	/** The message name (not id) the coordinator's closure sends: early, it cancels every open report. */
	static final String CAMPAIGN_CLOSED_MESSAGE = "CampaignClosed";

	/** The agency codes of the participants: the collection of the reporting multi-instance (transient). */
	static final String PARTICIPANTS = "participants";
	/** The agency one instance of the reporting multi-instance is about. */
	static final String PARTICIPANT = "participant";
	/** How many reporting periods the campaign has: the cardinality of the period multi-instance. */
	static final String PERIOD_COUNT = "periodCount";
	/** The engine's 0-based counter of the period multi-instance: period number minus one. */
	static final String LOOP_COUNTER = "loopCounter";
	/** The period one instance of the period multi-instance reports on (1-based). */
	static final String PERIOD = "period";
	/**
	 * Whether the period has begun when it is scheduled (its task opens at once, without a timer job that the
	 * coordinator's closure could race with), else when its report task opens: its first day.
	 */
	static final String BEGUN = "periodBegun";
	static final String REPORT_OPENS_AT = "reportOpensAt";
	/** The day the period's report is due (ISO date). */
	static final String REPORT_DUE_DATE = "reportDueDate";
	/** The supervisor's decision on a report. */
	static final String APPROVED = "approved";

	private CoordinatedAction() {
	}
}
