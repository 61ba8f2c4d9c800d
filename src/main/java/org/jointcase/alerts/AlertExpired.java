package org.jointcase.alerts;

import java.time.Instant;
import java.util.UUID;

/** An alert reached the end of its expiry day; {@code unacknowledged} agencies never acknowledged it. */
public record AlertExpired(UUID alertId, String issuerAgency, int unacknowledged, Instant expiredAt) {
}
