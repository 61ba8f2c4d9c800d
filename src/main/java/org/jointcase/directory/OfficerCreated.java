package org.jointcase.directory;

import java.util.Set;

/**
 * An administrator created an officer; published in the transaction that stored them. Carries no password.
 *
 * @param username the new officer
 * @param agencyCode the new officer's agency
 * @param roles the new officer's roles
 * @param by the administrator's username
 * @param byAgency the administrator's agency
 */
public record OfficerCreated(String username, String agencyCode, Set<Role> roles, String by, String byAgency) {

	public OfficerCreated {
		roles = Set.copyOf(roles);
	}
}
