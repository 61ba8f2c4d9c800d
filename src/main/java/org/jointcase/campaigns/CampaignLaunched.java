package org.jointcase.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A coordinator launched a campaign; published in the launching transaction. */
public record CampaignLaunched(UUID campaignId, String coordinatorAgency, String regionCode, LocalDate startsOn,
		LocalDate endsOn, List<String> participants, Instant launchedAt) {
}
