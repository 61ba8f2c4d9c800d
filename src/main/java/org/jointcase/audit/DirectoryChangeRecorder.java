package org.jointcase.audit;

import java.util.Set;
import java.util.stream.Collectors;

import org.jointcase.directory.AgencyCreated;
import org.jointcase.directory.OfficerCreated;
import org.jointcase.directory.OfficerEnabledChanged;
import org.jointcase.directory.OfficerRolesChanged;
import org.jointcase.directory.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records administrators' changes of the directory: agencies and officers created, roles replaced, officers enabled or
 * disabled. The listeners are synchronous, so each entry joins the transaction that made the change and is kept only
 * if it commits. The directory's refusals come from method security and are recorded by {@link RefusalRecorder}.
 */
@Component
class DirectoryChangeRecorder {

	static final String CREATE_AGENCY = "agency.create";
	static final String CREATE_OFFICER = "officer.create";
	static final String CHANGE_ROLES = "officer.change-roles";
	static final String ENABLE = "officer.enable";
	static final String DISABLE = "officer.disable";

	private final AuditTrail trail;

	DirectoryChangeRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void agencyCreated(AgencyCreated created) {
		trail.recordChange(new AuditEvent(created.by(), created.byAgency(), CREATE_AGENCY, "agency",
				created.agencyCode(), null, AuditOutcome.ALLOWED, null));
	}

	@EventListener
	void officerCreated(OfficerCreated created) {
		trail.recordChange(new AuditEvent(created.by(), created.byAgency(), CREATE_OFFICER, "officer",
				created.username(), null, AuditOutcome.ALLOWED,
				"agency " + created.agencyCode() + ", " + roles(created.roles())));
	}

	@EventListener
	void rolesChanged(OfficerRolesChanged changed) {
		trail.recordChange(new AuditEvent(changed.by(), changed.byAgency(), CHANGE_ROLES, "officer", changed.username(),
				null, AuditOutcome.ALLOWED, roles(changed.roles())));
	}

	@EventListener
	void enabledChanged(OfficerEnabledChanged changed) {
		trail.recordChange(new AuditEvent(changed.by(), changed.byAgency(), changed.enabled() ? ENABLE : DISABLE,
				"officer", changed.username(), null, AuditOutcome.ALLOWED, null));
	}

	/** The roles in a stable order, as the trail keeps them. */
	private static String roles(Set<Role> roles) {
		return "roles " + roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
	}
}
