package org.jointcase.campaigns;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.cases.CaseCategory;
import org.jointcase.directory.DirectoryLimits;

/** Request bodies of the campaign API and of the campaign's task actions. */
public final class CampaignInputs {

	/** The largest figure a report takes: more than any agency's yearly fines in yuan. */
	static final long MAX_FIGURE = 1_000_000_000_000L;

	private CampaignInputs() {
	}

	/**
	 * A coordinator launches a campaign for a region inside their own (the region itself and every region below it);
	 * the participants are every agency of the {@code departments} there. Periods follow {@code schedule} from
	 * {@code startsOn}, the last one ending on {@code endsOn}; each report gives {@code figures} and free text.
	 */
	public record Launch(@NotBlank @Size(max = CampaignLimits.TITLE) String title,
			@NotEmpty @Size(max = 10) List<@NotNull CaseCategory> theme,
			@NotBlank @Size(max = DirectoryLimits.REGION_CODE) String regionCode,
			@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = DirectoryLimits.DEPARTMENT_CODE) String> departments,
			@NotNull LocalDate startsOn,
			@NotNull LocalDate endsOn, @NotNull CampaignSchedule schedule,
			@NotEmpty @Size(max = 6) List<@NotNull CampaignFigure> figures) {
	}

	/**
	 * An agency's report for one period: the figures the campaign asks for (others are ignored) and what the numbers
	 * do not say.
	 */
	public record ReportInput(@Min(0) @Max(MAX_FIGURE) Long businessesInspected,
			@Min(0) @Max(MAX_FIGURE) Long casesOpened, @Min(0) @Max(MAX_FIGURE) Long leadsTransferred,
			@Min(0) @Max(MAX_FIGURE) Long assistanceAnswered, @Min(0) @Max(MAX_FIGURE) Long fines,
			@Min(0) @Max(MAX_FIGURE) Long amountRecovered, @Size(max = CampaignLimits.NARRATIVE) String narrative) {

		/** The figures given, by figure. */
		Map<CampaignFigure, Long> figures() {
			Map<CampaignFigure, Long> figures = new EnumMap<>(CampaignFigure.class);
			put(figures, CampaignFigure.BUSINESSES_INSPECTED, businessesInspected);
			put(figures, CampaignFigure.CASES_OPENED, casesOpened);
			put(figures, CampaignFigure.LEADS_TRANSFERRED, leadsTransferred);
			put(figures, CampaignFigure.ASSISTANCE_ANSWERED, assistanceAnswered);
			put(figures, CampaignFigure.FINES, fines);
			put(figures, CampaignFigure.AMOUNT_RECOVERED, amountRecovered);
			return figures;
		}

		private static void put(Map<CampaignFigure, Long> figures, CampaignFigure figure, Long value) {
			if (value != null) {
				figures.put(figure, value);
			}
		}
	}

	/** A supervisor approves the report as it stands. */
	public record Approval() {
	}

	/** Why a supervisor sends a report back. */
	public record Reason(@NotBlank @Size(max = CampaignLimits.REASON) String reason) {
	}

	/** The coordinator's conclusion when closing the campaign. */
	public record Closure(@NotBlank @Size(max = CampaignLimits.CONCLUSION) String conclusion) {
	}

	/** Whether participants see every agency's approved reports, not only their own. */
	public record TableSharing(@NotNull Boolean shared) {
	}

	/** A case of the officer's agency that counts towards the campaign. */
	public record CaseTag(@NotNull UUID caseId) {
	}
}
