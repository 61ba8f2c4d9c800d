package org.jointcase.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The handling agency decided an item: accepted or refused a complaint, ended its mediation, decided a report
 * ({@code decision} is the step action, {@code status} where the item stands after it), {@code onTime} whether the
 * step's deadline had not passed, {@code amountRecovered} what a settled mediation recovered for the consumer (in yuan;
 * {@code null} for any other decision).
 */
public record IntakeItemDecided(UUID itemId, IntakeKind kind, String agencyCode, String step, String decision,
		IntakeStatus status, Instant receivedAt, Instant decidedAt, boolean onTime,
		BigDecimal amountRecovered) {
}
