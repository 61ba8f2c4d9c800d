package org.jointcase.campaigns;

import org.jointcase.web.StoredIn;

/** The lengths of a campaign's texts, as the API validates them and the tables store them. */
public final class CampaignLimits {

	@StoredIn("campaign.title")
	public static final int TITLE = 200;

	@StoredIn("campaign_report.narrative")
	public static final int NARRATIVE = 4000;

	@StoredIn("campaign_report.sent_back_reason")
	public static final int REASON = 2000;

	@StoredIn("campaign.conclusion")
	public static final int CONCLUSION = 8000;

	private CampaignLimits() {
	}
}
