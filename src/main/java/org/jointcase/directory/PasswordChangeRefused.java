package org.jointcase.directory;

/**
 * An officer's attempt to change their own password was refused because the current password they gave was wrong
 * (rule {@code current-password}): a sign of a session used by someone who does not know the password.
 */
public record PasswordChangeRefused(String username, String agencyCode, String rule) {
}
