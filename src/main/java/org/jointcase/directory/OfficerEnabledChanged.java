package org.jointcase.directory;

/**
 * An administrator enabled or disabled an officer; published in the transaction that stored it.
 *
 * @param username the officer enabled or disabled
 * @param enabled whether the officer may sign in now
 * @param by the administrator's username
 * @param byAgency the administrator's agency
 */
public record OfficerEnabledChanged(String username, boolean enabled, String by, String byAgency) {
}
