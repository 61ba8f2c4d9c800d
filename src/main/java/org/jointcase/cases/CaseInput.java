package org.jointcase.cases;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.directory.DirectoryLimits;

/** The editable content of a case, the same for creating and for editing it. */
public record CaseInput(@NotBlank @Size(max = CaseLimits.TITLE) String title,
		@NotBlank @Size(max = CaseLimits.SUMMARY) String summary,
		@NotNull CaseCategory category, @NotBlank @Size(max = DirectoryLimits.REGION_CODE) String regionCode,
		@Valid @Size(max = 50) List<PartyInput> parties, @Valid InformantInput informant) {

	public List<PartyInput> partiesOrEmpty() {
		return parties == null ? List.of() : parties;
	}
}
