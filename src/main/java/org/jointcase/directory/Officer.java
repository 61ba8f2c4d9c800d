package org.jointcase.directory;

import java.util.Set;

/** An officer of exactly one agency, with one or more roles. */
public record Officer(String username, String displayName, String agencyCode, Set<Role> roles, boolean enabled)
		implements java.io.Serializable {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}
}
