package org.jointcase.campaigns;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An agency's supervisor approved its report for one period, which now counts; published in that transaction. */
public record CampaignReportApproved(UUID campaignId, String agencyCode, int period, boolean late,
		Map<CampaignFigure, Long> figures, Instant approvedAt) {
}
