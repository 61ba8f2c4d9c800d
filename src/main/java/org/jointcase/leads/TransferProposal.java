package org.jointcase.leads;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jointcase.directory.DirectoryLimits;

/** An inspector's proposal: to which agency, why, whether it is a suspected crime, which documents travel. */
public record TransferProposal(@NotBlank @Size(max = DirectoryLimits.AGENCY_CODE) String targetAgency,
		@NotBlank @Size(max = LeadLimits.REASON) String reason,
		Boolean suspectedCrime, @Size(max = 100) List<UUID> documentIds) {

	TransferKind kind() {
		return Boolean.TRUE.equals(suspectedCrime) ? TransferKind.CRIME : TransferKind.ORDINARY;
	}

	List<UUID> documents() {
		return documentIds == null ? List.of() : documentIds;
	}
}
