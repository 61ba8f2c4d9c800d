package org.jointcase.assistance;

import java.util.UUID;

/**
 * The requester's supervisor granted {@code addresseeAgency} {@code workingDays} more; the timeline entry is the
 * deadline's own (the extended task).
 */
public record ExtensionGranted(UUID requestId, UUID caseId, String requesterAgency, String addresseeAgency,
		int workingDays) {
}
