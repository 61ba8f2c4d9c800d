package org.jointcase.cases;

import java.util.Set;
import java.util.UUID;

/**
 * What one officer may see of one case: everything but perhaps the informant as an officer of the owner agency,
 * otherwise the widest active share to their agency. Documents are visible all ({@code allDocuments}) or only those
 * named by a share ({@code documentIds}) — a summary share may name documents too, as a review's materials or the
 * documents sent with an assistance request. {@code informantIdentity} is set for the agency that recorded the
 * informant and for agencies holding an explicit grant, never for ownership alone.
 */
public record Access(UUID caseId, boolean owner, ShareScope scope, boolean informantIdentity, boolean allDocuments,
		Set<UUID> documentIds) {

	public boolean includes(ShareScope needed) {
		return scope.includes(needed);
	}

	public boolean seesDocument(UUID documentId) {
		return allDocuments || documentIds.contains(documentId);
	}

	public boolean seesAnyDocument() {
		return allDocuments || !documentIds.isEmpty();
	}
}
