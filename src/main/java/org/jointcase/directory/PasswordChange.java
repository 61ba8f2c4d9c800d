package org.jointcase.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an officer gives to change their own password: the current one, and the new one, which must pass the password
 * rule. At most 72 characters each: BCrypt reads no further.
 */
public record PasswordChange(@NotBlank @Size(max = DirectoryLimits.PASSWORD) String currentPassword,
		@NotBlank @Size(max = DirectoryLimits.PASSWORD) String newPassword) {

	@Override
	public String toString() {
		return "PasswordChange[]";
	}
}
