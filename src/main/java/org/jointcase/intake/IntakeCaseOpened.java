package org.jointcase.intake;

import java.util.UUID;

/** A case was opened from a report; the item and the case name each other. */
public record IntakeCaseOpened(UUID itemId, UUID caseId, String agencyCode) {
}
