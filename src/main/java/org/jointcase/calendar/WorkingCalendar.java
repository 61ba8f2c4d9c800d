package org.jointcase.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jointcase.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Computes deadlines on China's working-day calendar in {@link #ZONE}, from the holiday schedules administrators keep
 * ({@link CalendarYears}). Periods in days do not count the day on which they start. A year without a schedule is
 * counted Monday to Friday: the deadline then says so ({@link Deadline#calendarKnown()}) and the log warns once per
 * year, so that a missing schedule is never silent.
 */
@Service
public class WorkingCalendar {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

	private final CalendarSource source;
	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

	WorkingCalendar(CalendarSource source) {
		this.source = source;
	}

	/** The deadline of {@code rule}'s configured period from {@code start}. */
	public Deadline dueDate(Instant start, DeadlineRule rule) {
		return dueDate(start, rule.period(), rule);
	}

	/**
	 * The deadline {@code period} after {@code start}, recorded as following {@code rule}. Working and natural days
	 * are counted from the day after start's day; a period of natural days whose last day is not a working day ends
	 * on the next working day. Hours are plain elapsed hours.
	 */
	public Deadline dueDate(Instant start, DeadlinePeriod period, DeadlineRule rule) {
		Days days = new Days();
		Due due = days.after(dateOf(start), start, period);
		return deadline(rule, period, start, due, days.unknownYears(), List.of(), List.of());
	}

	/**
	 * The working days an officer has left on {@code today} before the end of {@code dueDate}, {@code today} counted
	 * when it is a working day: 1 on the last day; once it has passed, minus the working days after the due date up to
	 * and including {@code today} (0 on a weekend right after it).
	 */
	public int workingDaysLeft(LocalDate today, LocalDate dueDate) {
		Days days = new Days();
		return today.isAfter(dueDate) ? -days.workingDaysBetween(dueDate, today)
				: days.workingDaysBetween(today.minusDays(1), dueDate);
	}

	/**
	 * The deadline extended by {@code extra}, as a supervisor approved it: the extra period counts from the current
	 * due date (for hours, from the current due time).
	 */
	public Deadline extend(Deadline deadline, DeadlinePeriod extra) {
		Days days = new Days();
		Due due = days.after(deadline.dueDate(), deadline.dueAt(), extra);
		return deadline(deadline.rule(), deadline.period(), deadline.start(), due,
				union(deadline.unknownYears(), days.unknownYears()), append(deadline.extensions(), extra),
				deadline.pauses());
	}

	/**
	 * The deadline after a suspension for testing or appraisal, which does not count: the due date moves by the
	 * working days the pause covered, those after the day it began up to and including the day it ended (the day a
	 * pause ends is, like a start day, not counted). An hours deadline moves by the time paused.
	 *
	 * @throws ApiProblem when the pause does not begin between start and due time or ends before it begins
	 */
	public Deadline resume(Deadline deadline, Instant pausedAt, Instant resumedAt) {
		if (pausedAt.isBefore(deadline.start()) || !pausedAt.isBefore(deadline.dueAt())) {
			throw ApiProblem.invalid("pausedAt", "within-deadline", "A pause begins after the start of the deadline ("
					+ deadline.start() + ") and before it passes (" + deadline.dueAt() + ")");
		}
		if (resumedAt.isBefore(pausedAt)) {
			throw ApiProblem.invalid("resumedAt", "after-paused-at", "A pause cannot end before it begins");
		}
		Days days = new Days();
		Due due;
		if (deadline.period().unit() == PeriodUnit.HOURS) {
			due = Due.at(deadline.dueAt().plus(Duration.between(pausedAt, resumedAt)));
		}
		else {
			int covered = days.workingDaysBetween(dateOf(pausedAt), dateOf(resumedAt));
			due = Due.endOf(days.workingDaysAfter(deadline.dueDate(), covered));
		}
		return deadline(deadline.rule(), deadline.period(), deadline.start(), due,
				union(deadline.unknownYears(), days.unknownYears()), deadline.extensions(),
				append(deadline.pauses(), new DeadlinePause(pausedAt, resumedAt)));
	}

	/**
	 * The working days from {@code start} to {@code end}, counted as deadlines count them: the days after start's day
	 * up to and including end's day (0 within one day or when end is not after start).
	 */
	public int workingDaysBetween(Instant start, Instant end) {
		return new Days().workingDaysBetween(dateOf(start), dateOf(end));
	}

	/**
	 * The working days from {@code now}'s day (Asia/Shanghai, not counted) through {@code dueDate}: 0 on the due date
	 * itself, negative (the working days since) once it has passed.
	 */
	public int workingDaysLeft(Instant now, LocalDate dueDate) {
		LocalDate today = dateOf(now);
		Days days = new Days();
		return today.isAfter(dueDate) ? -days.workingDaysBetween(dueDate, today)
				: days.workingDaysBetween(today, dueDate);
	}

	private Deadline deadline(DeadlineRule rule, DeadlinePeriod period, Instant start, Due due,
			List<Integer> unknownYears, List<DeadlinePeriod> extensions, List<DeadlinePause> pauses) {
		unknownYears.stream().filter(warnedYears::add).forEach(year -> log.warn(
				"No holiday schedule for {}: its deadlines count Monday to Friday until an administrator adds it "
						+ "(PUT /api/calendar/years/{})", year, year));
		Instant reminderAt = start.plus(Duration.between(start, due.at()).multipliedBy(4).dividedBy(5));
		return new Deadline(rule, period, start, due.date(), due.at(), reminderAt, unknownYears.isEmpty(), unknownYears,
				extensions, pauses);
	}

	private static LocalDate dateOf(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

	private static List<Integer> union(List<Integer> some, List<Integer> others) {
		return List.copyOf(new TreeSet<>(Stream.concat(some.stream(), others.stream()).toList()));
	}

	private static <T> List<T> append(List<T> list, T element) {
		return Stream.concat(list.stream(), Stream.of(element)).toList();
	}

	/** A due date with the instant it passes. */
	private record Due(LocalDate date, Instant at) {

		static Due endOf(LocalDate date) {
			return new Due(date, date.plusDays(1).atStartOfDay(ZONE).toInstant());
		}

		static Due at(Instant at) {
			return new Due(dateOf(at), at);
		}
	}

	/** The calendar as one computation reads it: each year fetched once, the years without a schedule noted. */
	private final class Days {

		private final Map<Integer, Optional<CalendarYear>> years = new HashMap<>();
		private final SortedSet<Integer> unknown = new TreeSet<>();

		Due after(LocalDate day, Instant at, DeadlinePeriod period) {
			return switch (period.unit()) {
				case WORKING_DAYS -> Due.endOf(workingDaysAfter(day, period.amount()));
				case NATURAL_DAYS -> Due.endOf(workingDayFrom(day.plusDays(period.amount())));
				case HOURS -> Due.at(at.plus(Duration.ofHours(period.amount())));
			};
		}

		/** The day on which {@code count} working days after {@code day} are complete; {@code day} for none. */
		LocalDate workingDaysAfter(LocalDate day, int count) {
			LocalDate current = day;
			for (int counted = 0; counted < count;) {
				current = current.plusDays(1);
				if (isWorkingDay(current)) {
					counted++;
				}
			}
			return current;
		}

		/** How many working days fall after {@code after} up to and including {@code through}. */
		int workingDaysBetween(LocalDate after, LocalDate through) {
			int count = 0;
			for (LocalDate day = after.plusDays(1); !day.isAfter(through); day = day.plusDays(1)) {
				if (isWorkingDay(day)) {
					count++;
				}
			}
			return count;
		}

		private LocalDate workingDayFrom(LocalDate day) {
			return isWorkingDay(day) ? day : workingDaysAfter(day, 1);
		}

		private boolean isWorkingDay(LocalDate day) {
			Optional<CalendarYear> year = years.computeIfAbsent(day.getYear(), source::year);
			if (year.isEmpty()) {
				unknown.add(day.getYear());
				return !CalendarYear.isWeekend(day);
			}
			return year.get().isWorkingDay(day);
		}

		List<Integer> unknownYears() {
			return List.copyOf(unknown);
		}
	}
}
