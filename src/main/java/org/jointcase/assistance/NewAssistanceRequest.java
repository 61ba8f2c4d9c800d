package org.jointcase.assistance;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.cases.CaseLimits;
import org.jointcase.cases.CreditCode;
import org.jointcase.directory.DirectoryLimits;

/**
 * What an inspector of a case's owner agency asks other agencies: the items to verify, the agencies (any department,
 * any region), and the documents of the case that go with it. Without documents the addressees see the case summary.
 */
public record NewAssistanceRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items,
		@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = DirectoryLimits.AGENCY_CODE) String> addressees,
		@Size(max = 100) List<@NotNull UUID> documentIds) {

	public List<UUID> documentIdsOrEmpty() {
		return documentIds == null ? List.of() : documentIds;
	}

	/** One thing to verify or collect, and the business it concerns. */
	public record Item(@NotBlank @Size(max = AssistanceLimits.QUESTION) String question,
			@Size(max = AssistanceLimits.QUESTION) String toCheck,
			@NotNull @Valid Business business) {
	}

	/** Named apart in the API description from the intake's business, which has more fields. */
	@Schema(name = "AssistanceBusiness")
	public record Business(@NotBlank @Size(max = CaseLimits.PARTY_NAME) String name,
			@CreditCode @Size(max = CaseLimits.CREDIT_CODE) @Schema(example = "91340100MA2N123401") String creditCode) {
	}
}
