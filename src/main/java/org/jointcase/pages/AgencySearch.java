package org.jointcase.pages;

import java.util.List;

import org.jointcase.directory.Agency;
import org.jointcase.directory.Directory;

/**
 * The directory search the transfer and review forms offer for choosing agencies: by a part of the name, the
 * department and the region (with the regions below it). The fields are part of the form they sit in, so that a
 * search re-renders the form with everything typed so far.
 */
record AgencySearch(String agencyName, String departmentCode, String regionCode) {

	static final AgencySearch NONE = new AgencySearch(null, null, null);

	List<Agency> run(Directory directory) {
		return directory.searchAgencies(blankToNull(agencyName), blankToNull(departmentCode), blankToNull(regionCode));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
