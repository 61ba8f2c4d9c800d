package org.jointcase.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.directory.DirectoryLimits;

/** A supervisor's share: to which agency, how much, why, until when, and optionally which documents only. */
public record ShareRequest(@NotBlank @Size(max = DirectoryLimits.AGENCY_CODE) String agencyCode,
		@NotNull ShareScope scope, Boolean includeInformant,
		@NotBlank @Size(max = CaseLimits.SHARE_REASON) String reason, Instant expiresAt,
		@Size(max = 100) List<@NotNull UUID> documentIds) {

	public List<UUID> documentIdsOrEmpty() {
		return documentIds == null ? List.of() : documentIds.stream().distinct().toList();
	}
}
