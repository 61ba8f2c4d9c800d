package org.jointcase.cases;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.directory.DirectoryLimits;

/**
 * A party named in a case: a business (with its unified social credit code when known) or a natural person.
 */
public record PartyInput(@NotNull PartyKind kind, @NotBlank @Size(max = CaseLimits.PARTY_NAME) String name,
		@CreditCode @Size(max = CaseLimits.CREDIT_CODE) @Schema(example = "91340100MA2N123401") String creditCode,
		@Size(max = CaseLimits.ID_NUMBER) String idNumber, @Size(max = CaseLimits.ADDRESS) String address,
		@Size(max = DirectoryLimits.REGION_CODE) String regionCode) {
}
