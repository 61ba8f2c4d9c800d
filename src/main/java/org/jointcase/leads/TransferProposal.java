package org.jointcase.leads;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An inspector's proposal: to which agency, why, whether it is a suspected crime, which documents travel. */
public record TransferProposal(@NotBlank @Size(max = 40) String targetAgency, @NotBlank @Size(max = 2000) String reason,
		Boolean suspectedCrime, @Size(max = 100) List<UUID> documentIds) {

	TransferKind kind() {
		return Boolean.TRUE.equals(suspectedCrime) ? TransferKind.CRIME : TransferKind.ORDINARY;
	}

	List<UUID> documents() {
		return documentIds == null ? List.of() : documentIds;
	}
}
