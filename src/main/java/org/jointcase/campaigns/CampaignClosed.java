package org.jointcase.campaigns;

import java.time.Instant;
import java.util.UUID;

/**
 * The coordinator closed a campaign, {@code early} while reports were still open (those ended with it); published in
 * the transaction the process closes it in.
 */
public record CampaignClosed(UUID campaignId, String coordinatorAgency, boolean early, Instant closedAt) {
}
