package org.jointcase.disclosures;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A request for the informant's identity as both agencies read it: who asked whom and why, the status, who decided
 * and when. It never carries the identity itself: a granted request lets the requesting agency read it on the case.
 */
public record InformantRequestView(UUID id, UUID caseId, String caseReference, String requestingAgency,
		String recordingAgency, String reason, InformantRequestStatus status, String requestedBy, Instant requestedAt,
		String decidedBy, Instant decidedAt, String decisionNote) {

	/** The informant requests of a case the officer's agency takes part in, and what it may do about the case now. */
	public record OfCase(Set<String> allowedActions, List<InformantRequestView> requests) {
	}
}
