package org.jointcase.tasks;

import org.jointcase.audit.Refusals;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.springframework.stereotype.Component;

/**
 * Who reads the overview of a region's open work: its coordinators, that is coordinators of an agency of the region,
 * for their agency's region and every region inside it. Anyone else is refused with 403 and the rule
 * {@value #COORDINATOR_ONLY}, audited: the overview exists for every region, so there is nothing to hide by a 404.
 */
@Component
class OverviewPolicy {

	static final String COORDINATOR_ONLY = "coordinator-only";

	private final Refusals refusals;

	OverviewPolicy(Refusals refusals) {
		this.refusals = refusals;
	}

	/** The region whose overview {@code officer} reads; refused unless they coordinate it. */
	String readableRegion(SignedInOfficer officer) {
		String region = officer.agency().regionCode();
		if (!officer.hasRole(Role.COORDINATOR)) {
			throw refusals.forbidden(officer, "overview.read", "region", region, null, COORDINATOR_ONLY,
					"Only a coordinator of the region sees the overview of its open work");
		}
		return region;
	}
}
