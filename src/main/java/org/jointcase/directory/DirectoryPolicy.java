package org.jointcase.directory;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Who may administer the directory. Every signed-in officer reads the regions, departments and agencies; only an
 * enabled administrator lists an agency's officers, creates agencies and officers, changes an officer's roles and
 * enables or disables them. {@link Directory} asks it on every such call and each view carries the actions it allows
 * now, so that pages draw their buttons from it.
 *
 * <p>{@link Directory} enforces it through method security, whose refusals the audit trail records like every
 * refusal by role and the API answers 403 with a problem body. It cannot go through {@code audit.Refusals}: the audit
 * module names the signed-in officer of the security module, which is built on this one.
 */
@Component
public class DirectoryPolicy {

	public static final String RULE = "administrators-only";

	public static final String CREATE_AGENCY = "create-agency";
	public static final String LIST_OFFICERS = "list-officers";
	public static final String CREATE_OFFICER = "create-officer";
	public static final String CHANGE_ROLES = "change-roles";
	public static final String ENABLE = "enable";
	public static final String DISABLE = "disable";

	/** Whether {@code actor} may list officers and change anything in the directory; false for {@code null}. */
	public boolean mayAdminister(Officer actor) {
		return actor != null && actor.enabled() && actor.hasRole(Role.ADMINISTRATOR);
	}

	Set<String> onDirectory(Officer actor) {
		return mayAdminister(actor) ? Set.of(CREATE_AGENCY) : Set.of();
	}

	Set<String> onAgency(Officer actor) {
		return mayAdminister(actor) ? Set.of(LIST_OFFICERS, CREATE_OFFICER) : Set.of();
	}

	Set<String> onOfficer(Officer actor, Officer officer) {
		return mayAdminister(actor) ? Set.of(CHANGE_ROLES, officer.enabled() ? DISABLE : ENABLE) : Set.of();
	}
}
