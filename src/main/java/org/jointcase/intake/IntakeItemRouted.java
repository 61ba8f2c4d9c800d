package org.jointcase.intake;

import java.util.UUID;

/**
 * An item was placed: with {@code agencyCode} by {@code rule}, or ({@code agencyCode == null}) with the coordinators
 * of {@code triageAgency} to triage.
 */
public record IntakeItemRouted(UUID itemId, IntakeKind kind, String agencyCode, String triageAgency, String rule) {
}
