package org.jointcase.directory;

import java.util.Set;

/** An officer as the directory's administration shows it, with the actions the viewing officer may take on them now. */
public record OfficerView(String username, String displayName, String agencyCode, Set<Role> roles, boolean enabled,
		Set<String> allowedActions) {

	static OfficerView of(Officer officer, Set<String> allowedActions) {
		return new OfficerView(officer.username(), officer.displayName(), officer.agencyCode(), officer.roles(),
				officer.enabled(), allowedActions);
	}
}
