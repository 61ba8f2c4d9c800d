package org.jointcase.cases;

import java.util.Set;
import java.util.UUID;

/**
 * What one officer may see of one case: everything as an officer of the owner agency, otherwise the widest active
 * share to their agency. {@code documentIds} limits the documents a share lets through; empty means all of them.
 */
public record Access(UUID caseId, boolean owner, ShareScope scope, boolean informantIdentity, Set<UUID> documentIds) {

	static Access owner(UUID caseId) {
		return new Access(caseId, true, ShareScope.FULL_RECORD_WITH_DOCUMENTS, true, Set.of());
	}

	public boolean includes(ShareScope needed) {
		return scope.includes(needed);
	}

	public boolean seesDocument(UUID documentId) {
		return includes(ShareScope.FULL_RECORD_WITH_DOCUMENTS) && (documentIds.isEmpty() || documentIds.contains(documentId));
	}
}
