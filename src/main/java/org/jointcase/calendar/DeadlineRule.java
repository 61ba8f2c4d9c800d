package org.jointcase.calendar;

/**
 * Where a deadline comes from, so that an officer can see why a due date is what it is.
 *
 * @param code stable identifier such as {@code verify-lead}; see {@link DeadlineRules}
 * @param period the period the rule gives, as configured
 * @param text what the rule asks for, in English
 * @param source the legal provision or "Platform default, no statute"; {@code null} for a {@link #custom} period
 */
public record DeadlineRule(String code, DeadlinePeriod period, String text, String source) {

	public static final String CUSTOM = "custom";

	/** The rule recorded for a period that no configured rule names, such as one an officer typed. */
	public static DeadlineRule custom(DeadlinePeriod period) {
		return new DeadlineRule(CUSTOM, period, "A period given for this deadline, not a configured rule", null);
	}
}
