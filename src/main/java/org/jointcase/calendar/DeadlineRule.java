package org.jointcase.calendar;

/**
 * Where a deadline comes from, so that an officer can see why a due date is what it is.
 *
 * @param code stable identifier such as {@code verify-lead}; see {@link DeadlineRules}
 * @param period the period the rule gives, as configured
 * @param text what the rule asks for, in English
 * @param source the legal provision or "Platform default, no statute"; {@code null} for a {@link #custom} period
 * @param maxExtension the most working days all extensions of one deadline may add together, as configured when the
 *        deadline was set; 0 when it is not extended. {@link DeadlineRules#extensionLimit} gives the limit that applies
 *        now.
 */
public record DeadlineRule(String code, DeadlinePeriod period, String text, String source, int maxExtension) {

	public static final String CUSTOM = "custom";

	/**
	 * The rule recorded for a period that no configured rule names, such as one an officer typed; its extension limit
	 * is the configured one for {@code custom}, applied when an extension is asked for.
	 */
	public static DeadlineRule custom(DeadlinePeriod period) {
		return new DeadlineRule(CUSTOM, period, "A period given for this deadline, not a configured rule", null, 0);
	}
}
