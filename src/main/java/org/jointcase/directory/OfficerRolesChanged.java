package org.jointcase.directory;

import java.util.Set;

/**
 * An administrator replaced an officer's roles; published in the transaction that stored them.
 *
 * @param username the officer whose roles changed
 * @param roles the roles the officer holds now
 * @param by the administrator's username
 * @param byAgency the administrator's agency
 */
public record OfficerRolesChanged(String username, Set<Role> roles, String by, String byAgency) {

	public OfficerRolesChanged {
		roles = Set.copyOf(roles);
	}
}
