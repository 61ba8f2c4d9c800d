package org.jointcase.directory;

/** An officer changed their own password; published in the transaction that stored the new hash. */
public record PasswordChanged(String username, String agencyCode) {
}
