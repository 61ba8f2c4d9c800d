package org.jointcase.cases.process;

import java.util.UUID;

import org.jointcase.cases.CaseStatus;

/** The reference, title, owner and status of a case, for process records that cite it. */
public record CaseHeader(UUID id, String reference, String title, String ownerAgency, CaseStatus status) {
}
