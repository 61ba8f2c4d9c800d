package org.jointcase.statistics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.jointcase.web.ApiProblem;

/**
 * The days a report counts, both included: a calendar year, quarter or month (the one containing {@code from}, today
 * when none is given) or a custom span from {@code from} to {@code to} of at most {@value #MAX_CUSTOM_YEARS} years.
 */
public record StatisticsPeriod(Kind kind, LocalDate from, LocalDate to) {

	static final int MAX_CUSTOM_YEARS = 5;

	public enum Kind {
		YEAR, QUARTER, MONTH, CUSTOM
	}

	/** The period a request names; 400 for an unknown kind or a custom span without both ends, reversed or too long. */
	public static StatisticsPeriod of(String period, LocalDate from, LocalDate to, LocalDate today) {
		Kind kind;
		try {
			kind = period == null ? Kind.YEAR : Kind.valueOf(period.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw ApiProblem.invalid("period", "period-kind", "Name a period: year, quarter, month or custom");
		}
		LocalDate anchor = from == null ? today : from;
		return switch (kind) {
			case YEAR -> new StatisticsPeriod(kind, anchor.withDayOfYear(1),
					anchor.with(TemporalAdjusters.lastDayOfYear()));
			case QUARTER -> {
				LocalDate first = anchor.with(IsoFields.DAY_OF_QUARTER, 1);
				yield new StatisticsPeriod(kind, first, first.plusMonths(3).minusDays(1));
			}
			case MONTH -> new StatisticsPeriod(kind, anchor.withDayOfMonth(1),
					anchor.with(TemporalAdjusters.lastDayOfMonth()));
			case CUSTOM -> custom(from, to);
		};
	}

	private static StatisticsPeriod custom(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw ApiProblem.invalid(from == null ? "from" : "to", "custom-span",
					"A custom period gives both from and to");
		}
		if (to.isBefore(from)) {
			throw ApiProblem.invalid("to", "not-before-from", "A period ends on or after the day it begins");
		}
		if (to.isAfter(from.plusYears(MAX_CUSTOM_YEARS))) {
			throw ApiProblem.invalid("to", "at-most-" + MAX_CUSTOM_YEARS + "-years",
					"A custom period spans at most " + MAX_CUSTOM_YEARS + " years");
		}
		return new StatisticsPeriod(Kind.CUSTOM, from, to);
	}
}
