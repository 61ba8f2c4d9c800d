package org.jointcase.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jointcase.directory.Role;

/**
 * The candidate-group scheme of every user task: a task is addressed to one role inside one agency, as the group
 * {@code <agency code>:<role>}, for example {@code 3401-MR:supervisor}. An officer is a candidate of exactly the
 * groups of their own agency and roles. Camunda's identity service is not used; groups exist only in this scheme.
 */
public final class CandidateGroups {

	private CandidateGroups() {
	}

	public static String of(String agencyCode, Role role) {
		return agencyCode + ":" + name(role);
	}

	/** How a group names {@code role}: {@code supervisor}, {@code inspector} … */
	public static String name(Role role) {
		return role.name().toLowerCase(Locale.ROOT);
	}

	/** The groups an officer of {@code agencyCode} with {@code roles} is a candidate of. */
	public static List<String> of(String agencyCode, Set<Role> roles) {
		return roles.stream().sorted().map(role -> of(agencyCode, role)).toList();
	}

	/** The agency code a group addresses. */
	public static String agencyOf(String group) {
		int colon = group.lastIndexOf(':');
		if (colon < 1) {
			throw new IllegalArgumentException("Not a candidate group: " + group);
		}
		return group.substring(0, colon);
	}

	/** The role a group addresses, as the group names it ({@link #name(Role)}). */
	public static String roleOf(String group) {
		return group.substring(agencyOf(group).length() + 1);
	}
}
