package org.jointcase.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * The handling agency decided an item: accepted or refused a complaint, ended its mediation, decided a report
 * ({@code decision} is the step action, {@code status} where the item stands after it), {@code onTime} whether the
 * step's deadline had not passed.
 */
public record IntakeItemDecided(UUID itemId, IntakeKind kind, String agencyCode, String step, String decision,
		IntakeStatus status, Instant receivedAt, Instant decidedAt, boolean onTime) {
}
