package org.jointcase.calendar;

import java.util.Set;

import org.jointcase.audit.Refusals;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.springframework.stereotype.Component;

/**
 * Who may administer the working-day calendar. Due dates, deadline rules and the yearly holiday schedules are read by
 * every signed-in officer; only administrators replace a year's schedule. {@link CalendarYears} enforces it, and the
 * refusal is audited and answered 403 through {@link Refusals}; a replacement is audited under the same action.
 */
@Component
class CalendarPolicy {

	static final String CHANGE_YEAR = "change-year";
	static final String RULE = "administrators-only";

	private static final String REPLACE_ACTION = "calendar-year.replace";
	private static final String TARGET = "calendar-year";

	private final Refusals refusals;

	CalendarPolicy(Refusals refusals) {
		this.refusals = refusals;
	}

	Set<String> onYear(SignedInOfficer officer) {
		return officer.hasRole(Role.ADMINISTRATOR) ? Set.of(CHANGE_YEAR) : Set.of();
	}

	void requireChange(SignedInOfficer officer, int year) {
		if (!onYear(officer).contains(CHANGE_YEAR)) {
			throw refusals.forbidden(officer, REPLACE_ACTION, TARGET, String.valueOf(year), null, RULE,
					"Only administrators change the working-day calendar");
		}
	}

	/** Records the replacement in the caller's transaction: the entry is kept only if the schedule is stored. */
	void replaced(SignedInOfficer officer, int year) {
		refusals.allowedChange(officer, REPLACE_ACTION, TARGET, String.valueOf(year), null);
	}
}
