package org.jointcase.intake;

import java.time.Instant;
import java.util.UUID;

/** An item was taken in (published once per item, not for a repeated work-order number). */
public record IntakeItemReceived(UUID itemId, IntakeKind kind, IntakeChannel channel, String receivedAgency,
		Instant receivedAt) {
}
