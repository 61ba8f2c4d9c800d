package org.jointcase.cases;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The editable content of a case, the same for creating and for editing it. */
public record CaseInput(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String summary,
		@NotNull CaseCategory category, @NotBlank @Size(max = 12) String regionCode,
		@Valid @Size(max = 50) List<PartyInput> parties, @Valid InformantInput informant) {

	public List<PartyInput> partiesOrEmpty() {
		return parties == null ? List.of() : parties;
	}
}
