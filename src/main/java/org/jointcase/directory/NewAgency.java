package org.jointcase.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator gives to create an agency; the code follows from department and region. */
public record NewAgency(@NotBlank @Size(max = 16) String departmentCode, @NotBlank @Size(max = 12) String regionCode,
		@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn) {
}
