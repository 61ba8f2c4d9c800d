package org.jointcase.cases.process;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcase.cases.ShareScope;
import org.jointcase.cases.ShareSource;

/**
 * Access to a case for another agency: by a supervisor ({@link ShareSource#MANUAL}) or by a process, which names
 * itself in {@code source} and {@code sourceId} so that it can end the access it gave when it ends.
 */
public record ShareGrant(UUID caseId, String agencyCode, ShareScope scope, boolean includeInformant, String reason,
		ShareSource source, String sourceId, String grantedBy, String grantedAgency, Instant expiresAt,
		List<UUID> documentIds) {
}
