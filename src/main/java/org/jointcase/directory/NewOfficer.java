package org.jointcase.directory;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator gives to create an officer. The password must pass the password rule (at least 12 characters,
 * not the username, not a common password: checked by {@link Directory}) and is stored only as a BCrypt hash.
 */
public record NewOfficer(
		@NotBlank @Size(max = DirectoryLimits.USERNAME)
		@Pattern(regexp = "[a-z0-9][a-z0-9._-]{1," + (DirectoryLimits.USERNAME - 1) + "}") String username,
		@NotBlank @Size(max = DirectoryLimits.DISPLAY_NAME) String displayName,
		@NotBlank @Size(max = DirectoryLimits.AGENCY_CODE) String agencyCode,
		@NotBlank @Size(max = DirectoryLimits.PASSWORD) String password, @NotEmpty @Size(max = 10) Set<Role> roles) {

	@Override
	public String toString() {
		return "NewOfficer[" + username + ", " + agencyCode + ", " + roles + "]";
	}
}
