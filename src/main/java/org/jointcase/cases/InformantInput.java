package org.jointcase.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who reported the case and how; the identity is confidential (product brief, "The case record"). */
public record InformantInput(@Size(max = 100) String name, @Size(max = 200) String contact,
		@NotNull ReportChannel channel) {

	@Override
	public String toString() {
		return "InformantInput[channel=" + channel + "]";
	}
}
