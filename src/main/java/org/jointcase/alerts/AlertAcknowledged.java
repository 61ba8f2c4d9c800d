package org.jointcase.alerts;

import java.time.Instant;
import java.util.UUID;

/** An addressed agency acknowledged an alert, {@code found} when it answered that the business operates there. */
public record AlertAcknowledged(UUID alertId, String agencyCode, boolean found, boolean late, Instant acknowledgedAt) {
}
