package org.jointcase.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The answers of the cases module; each is cut to what the reader may see. */
public final class CaseViews {

	private CaseViews() {
	}

	/**
	 * A case as one officer sees it. {@code informant} names the person only for those allowed to know;
	 * {@code allowedActions} are the actions on the case the officer may take now ({@link CaseAccess} names them).
	 */
	public record CaseView(UUID id, String reference, String ownerAgency, CaseStatus status, CaseCategory category,
			String regionCode, String title, String summary, List<Party> parties, Informant informant,
			YourAccess access, long version, String createdBy, Instant createdAt, Instant updatedAt,
			Set<String> allowedActions) {
	}

	/** The row of a case in lists and searches. */
	public record CaseSummary(UUID id, String reference, String ownerAgency, CaseStatus status, CaseCategory category,
			String regionCode, String title, Instant createdAt) {
	}

	public record Party(PartyKind kind, String name, String creditCode, String idNumber, String address,
			String regionCode) {
	}

	/**
	 * {@code name} and {@code contact} are {@code null} unless the reader may know who reported;
	 * {@code recordedBy} is the agency that recorded the informant, which an owner without the identity may ask.
	 */
	public record Informant(boolean present, ReportChannel channel, String name, String contact,
			boolean identityShown, String recordedBy) {
	}

	public record YourAccess(boolean owner, ShareScope scope, boolean informantIdentity) {
	}

	public record TimelineEntry(Instant at, String officer, String agency, String type, String detail) {
	}

	public record Note(UUID id, String author, String agency, String text, Instant createdAt) {
	}

	public record Document(UUID id, String fileName, String declaredType, String detectedType, long size,
			String sha256, String origin, String uploadedBy, String uploadedAgency, Instant uploadedAt) {
	}

	public record Share(UUID id, String agencyCode, ShareScope scope, boolean includeInformant, String reason,
			ShareSource source, String sourceId, String grantedBy, Instant grantedAt, Instant expiresAt,
			Instant revokedAt, String revokedBy, List<UUID> documentIds, boolean active) {
	}

	/** Another agency's open case that names the same business: reference and agency only, no content. */
	public record OverlappingCase(String reference, String ownerAgency, String creditCode) {
	}
}
