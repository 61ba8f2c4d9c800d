package org.jointcase.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jointcase.cases.CaseCategory;
import org.jointcase.tasks.OpenTask;

/** What the API shows of a campaign. */
public final class CampaignViews {

	private CampaignViews() {
	}

	/**
	 * A campaign as one officer may see it ({@link CampaignPolicy} decides): {@code reports} holds one row per
	 * participant and period for the coordinating agency, the officer's own agency's rows for a participant, and
	 * every agency's approved rows besides once the coordinator shares the table; {@code totals} and
	 * {@code periodTotals} count approved reports only and are the same for everyone taking part. {@code steps} are
	 * the open tasks of the officer's agency in the campaign; {@code allowedActions} what the officer may do now
	 * ({@link CampaignPolicy#CLOSE}, {@link CampaignPolicy#SHARE_TABLE}, {@link CampaignPolicy#UNSHARE_TABLE},
	 * {@link CampaignPolicy#TAG_CASE}).
	 */
	public record CampaignView(UUID id, String title, List<CaseCategory> theme, String regionCode, String coordinator,
			String coordinatorAgency, LocalDate startsOn, LocalDate endsOn, CampaignSchedule schedule,
			List<CampaignFigure> figures, CampaignStatus status, boolean tableShared, Instant launchedAt,
			String conclusion, String closedBy, Instant closedAt, Boolean closedEarly, List<Period> periods,
			List<String> participants, List<ReportRow> reports, Map<CampaignFigure, Long> totals,
			List<PeriodTotal> periodTotals, List<OpenTask> steps, Set<String> allowedActions) {
	}

	public record CampaignSummary(UUID id, String title, CampaignStatus status, String coordinatorAgency,
			String regionCode, LocalDate startsOn, LocalDate endsOn, Instant launchedAt) {
	}

	/** Period {@code number} (from 1): its report is due on {@code endsOn}. */
	public record Period(int number, LocalDate startsOn, LocalDate endsOn) {
	}

	/**
	 * One agency's report for one period. {@code status}: NOT_DUE before the period starts, OPEN while it runs, LATE
	 * past its due date without a report, SUBMITTED (awaiting the supervisor), SENT_BACK, APPROVED, or NOT_REPORTED
	 * when the campaign closed without one. {@code late}: the report came, or is still missing, after its due date.
	 */
	public record ReportRow(String agencyCode, int period, String status, boolean late,
			Map<CampaignFigure, Long> figures, String narrative, String submittedBy, Instant submittedAt,
			String decidedBy, Instant decidedAt, String sentBackReason) {
	}

	/** The approved reports of one period: how many agencies reported, how many late, and their sums. */
	public record PeriodTotal(int period, int reported, int late, Map<CampaignFigure, Long> totals) {
	}

	/** A case counted towards the campaign, cited by reference and title. */
	public record TaggedCase(UUID caseId, String reference, String title, String agencyCode, String taggedBy,
			Instant taggedAt) {
	}

	/** The figures the platform counted for the officer's agency in one period, to confirm in its report. */
	public record Prefill(int period, LocalDate from, LocalDate to, Map<CampaignFigure, Long> figures) {
	}
}
