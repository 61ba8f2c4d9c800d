package org.jointcase.campaigns;

/**
 * The figures a campaign may ask each report for, whole numbers (amounts in yuan). The coordinator picks which when
 * launching; {@link #platformCounted()} ones are pre-filled from the platform's records for the agency to confirm.
 */
public enum CampaignFigure {
	BUSINESSES_INSPECTED, CASES_OPENED, LEADS_TRANSFERRED, ASSISTANCE_ANSWERED, FINES, AMOUNT_RECOVERED;

	/** Whether the platform counts this figure itself (cases tagged, transfers approved, assistance replies approved). */
	public boolean platformCounted() {
		return this == CASES_OPENED || this == LEADS_TRANSFERRED || this == ASSISTANCE_ANSWERED;
	}
}
