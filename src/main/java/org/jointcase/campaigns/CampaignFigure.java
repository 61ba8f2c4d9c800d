package org.jointcase.campaigns;

import java.util.Locale;

/**
 * The figures a campaign may ask each report for, whole numbers (amounts in yuan). The coordinator picks which when
 * launching; {@link #platformCounted()} ones are pre-filled from the platform's records for the agency to confirm.
 */
public enum CampaignFigure {
	BUSINESSES_INSPECTED, CASES_OPENED, LEADS_TRANSFERRED, ASSISTANCE_ANSWERED, FINES, AMOUNT_RECOVERED;

	/** The field of a report that gives this figure: {@code BUSINESSES_INSPECTED} is {@code businessesInspected}. */
	public String field() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder field = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return field.toString();
	}

	/** Whether the platform counts this figure itself (cases tagged, transfers approved, assistance replies approved). */
	public boolean platformCounted() {
		return this == CASES_OPENED || this == LEADS_TRANSFERRED || this == ASSISTANCE_ANSWERED;
	}
}
