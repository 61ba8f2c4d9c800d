package org.jointcase.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator gives to create an agency; the code follows from department and region. */
public record NewAgency(@NotBlank @Size(max = DirectoryLimits.DEPARTMENT_CODE) String departmentCode,
		@NotBlank @Size(max = DirectoryLimits.REGION_CODE) String regionCode,
		@NotBlank @Size(max = DirectoryLimits.AGENCY_NAME) String nameZh,
		@NotBlank @Size(max = DirectoryLimits.AGENCY_NAME) String nameEn) {
}
