package org.jointcase.statistics;

import org.jointcase.audit.Refusals;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Whose figures an officer reads: a coordinator those of every agency in their agency's region and the regions inside
 * it (any of them on request), any other officer those of their own agency. Asking for another region is refused with
 * 403 and the rule {@value #OWN_REGION} or {@value #OWN_AGENCY}, audited: regions are public, so there is nothing to
 * hide by a 404. The figures are counts only, never case content.
 */
@Component
class StatisticsPolicy {

	static final String OWN_REGION = "coordinator-own-region";
	static final String OWN_AGENCY = "own-agency-figures";

	private final Refusals refusals;
	private final Directory directory;

	StatisticsPolicy(Refusals refusals, Directory directory) {
		this.refusals = refusals;
		this.directory = directory;
	}

	/** What {@code officer} reads when asking for {@code regionCode} ({@code null}: their own region or agency). */
	StatisticsScope scope(SignedInOfficer officer, String regionCode) {
		String own = officer.agency().regionCode();
		String region = regionCode == null || regionCode.isBlank() ? own : regionCode.trim();
		if (directory.region(region).isEmpty()) {
			throw ApiProblem.invalid("region", "known-region", "No region has the code " + region);
		}
		if (officer.hasRole(Role.COORDINATOR)) {
			// GB/T 2260: the codes of the regions inside a region begin with its code.
			if (!region.startsWith(own)) {
				throw refusals.forbidden(officer, "statistics.read", "region", region, null, OWN_REGION,
						"A coordinator reads the figures of their own region and the regions inside it");
			}
			return new StatisticsScope(region, null);
		}
		if (!region.equals(own)) {
			throw refusals.forbidden(officer, "statistics.read", "region", region, null, OWN_AGENCY,
					"Only a coordinator reads a region's figures; others read their own agency's");
		}
		return new StatisticsScope(own, officer.agencyCode());
	}
}
