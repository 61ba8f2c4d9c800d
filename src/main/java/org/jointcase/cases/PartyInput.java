package org.jointcase.cases;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A party named in a case: a business (with its unified social credit code when known) or a natural person.
 */
public record PartyInput(@NotNull PartyKind kind, @NotBlank @Size(max = 200) String name,
		@CreditCode @Size(max = 18) @Schema(example = "91340100MA2N123401") String creditCode,
		@Size(max = 40) String idNumber, @Size(max = 300) String address,
		@Size(max = 12) String regionCode) {
}
