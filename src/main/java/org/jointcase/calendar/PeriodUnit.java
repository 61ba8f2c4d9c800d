package org.jointcase.calendar;

/** What a deadline period counts. */
public enum PeriodUnit {

	/**
	 * Days on which agencies work: weekdays that are not public holidays, and the weekend days a holiday schedule turns
	 * into working days.
	 */
	WORKING_DAYS("working day"),

	/** Calendar days; a period that ends on a non-working day ends on the next working day. */
	NATURAL_DAYS("natural day"),

	/** Elapsed hours, whatever the day. */
	HOURS("hour");

	final String word;

	PeriodUnit(String word) {
		this.word = word;
	}
}
