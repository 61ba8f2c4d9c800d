package org.jointcase.disclosures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the owner agency needs to know who reported. */
public record NewInformantRequest(@NotBlank @Size(max = DisclosureLimits.REASON) String reason) {
}
