package org.jointcase.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a deadline gives: {@code amount} (1 to {@value #MAX_AMOUNT}) working days, natural days or hours. As text,
 * in configuration for instance, it reads {@code 15 working days}, {@code 3 natural days} or {@code 24 hours}.
 */
public record DeadlinePeriod(int amount, PeriodUnit unit) {

	/** The longest period, in any unit; it keeps a mistyped amount from counting days for years. */
	public static final int MAX_AMOUNT = 1000;

	private static final Pattern TEXT = Pattern.compile("(\\d{1,9}) +(working days?|natural days?|hours?)");

	public DeadlinePeriod {
		if (unit == null) {
			throw new IllegalArgumentException("A deadline period needs a unit");
		}
		if (amount < 1 || amount > MAX_AMOUNT) {
			throw new IllegalArgumentException("A deadline period is 1 to " + MAX_AMOUNT + ", not " + amount);
		}
	}

	public static DeadlinePeriod workingDays(int amount) {
		return new DeadlinePeriod(amount, PeriodUnit.WORKING_DAYS);
	}

	public static DeadlinePeriod naturalDays(int amount) {
		return new DeadlinePeriod(amount, PeriodUnit.NATURAL_DAYS);
	}

	public static DeadlinePeriod hours(int amount) {
		return new DeadlinePeriod(amount, PeriodUnit.HOURS);
	}

	/** Reads the text form, such as {@code 15 working days}; configuration properties bind through it. */
	public static DeadlinePeriod of(String text) {
		Matcher matcher = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"Not a deadline period: '" + text + "'; write e.g. 15 working days, 3 natural days or 24 hours");
		}
		PeriodUnit unit = Arrays.stream(PeriodUnit.values())
			.filter(u -> matcher.group(2).startsWith(u.word))
			.findFirst()
			.orElseThrow();
		return new DeadlinePeriod(Integer.parseInt(matcher.group(1)), unit);
	}

	/** The text form that {@link #of(String)} reads, e.g. {@code 15 working days}. */
	@Override
	public String toString() {
		return amount + " " + unit.word + (amount == 1 ? "" : "s");
	}
}
