package org.jointcase.leads;

import java.time.Instant;
import java.util.UUID;

/**
 * The case moved from {@code fromAgency} to {@code toAgency} through a transfer sent at {@code sentAt}: accepted by
 * the target, or designated to it ({@code designated}). The timeline entry of the change of owner is the cases
 * module's own.
 */
public record OwnershipTransferred(UUID transferId, UUID caseId, TransferKind kind, String fromAgency,
		String toAgency, boolean designated, Instant sentAt) {
}
