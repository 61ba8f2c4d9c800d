package org.jointcase.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who reported the case and how; the identity is confidential (product brief, "The case record"). */
public record InformantInput(@Size(max = CaseLimits.INFORMANT_NAME) String name,
		@Size(max = CaseLimits.INFORMANT_CONTACT) String contact,
		@NotNull ReportChannel channel) {

	@Override
	public String toString() {
		return "InformantInput[channel=" + channel + "]";
	}
}
