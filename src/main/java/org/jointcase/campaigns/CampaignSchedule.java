package org.jointcase.campaigns;

/** How often participants report: every calendar month, every calendar quarter, or once at the end. */
public enum CampaignSchedule {
	MONTHLY(1), QUARTERLY(3), ONCE(0);

	/** The months a period spans; 0 for one period over the whole campaign. */
	final int months;

	CampaignSchedule(int months) {
		this.months = months;
	}
}
