package org.jointcase.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holiday schedules, one per year. Every signed-in officer reads them; only administrators replace one
 * ({@link CalendarPolicy}), enforced here so that every path to it is guarded alike. A replacement is checked whole
 * before anything is stored, and recorded in the audit trail with it.
 */
@Service
public class CalendarYears {

	/** The first and last year a schedule may be kept for; deadlines start in these years. */
	public static final int FIRST_YEAR = 2000;
	public static final int LAST_YEAR = 2100;

	private static final Logger log = LoggerFactory.getLogger(CalendarYears.class);

	private final CalendarRepository repository;
	private final CalendarPolicy policy;

	CalendarYears(CalendarRepository repository, CalendarPolicy policy) {
		this.repository = repository;
		this.policy = policy;
	}

	/** Every year that has a schedule, ascending. */
	public List<CalendarYear> years() {
		return repository.years();
	}

	/** The year as {@code officer} sees it, whether or not it has a schedule; 404 outside 2000 to 2100. */
	public CalendarYearView year(SignedInOfficer officer, int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw ApiProblem.notFound("Year");
		}
		Optional<CalendarYear> schedule = repository.year(year);
		return new CalendarYearView(schedule.orElse(new CalendarYear(year, "", List.of(), List.of())),
				schedule.isPresent(), policy.onYear(officer));
	}

	/**
	 * Replaces the schedule of {@code schedule.year()} and answers it as stored.
	 *
	 * @throws ApiProblem 403 for an officer who is not an administrator; naming the field and rule when the schedule
	 * is not consistent (see {@link #checked})
	 */
	@Transactional
	public CalendarYearView replace(SignedInOfficer officer, CalendarYear schedule) {
		policy.requireChange(officer, schedule.year());
		repository.replace(checked(schedule));
		policy.replaced(officer, schedule.year());
		log.info("Holiday schedule of {} replaced: {}; holidays {}; adjusted working days {}", schedule.year(),
				schedule.notice(), schedule.holidays(), schedule.workingDays());
		return year(officer, schedule.year());
	}

	/**
	 * The schedule itself when it is consistent: a year from 2000 to 2100, a notice named, every day inside the
	 * year, holidays that end no earlier than they begin and do not overlap, and adjusted working days that are
	 * distinct weekend days outside every holiday.
	 */
	static CalendarYear checked(CalendarYear schedule) {
		int year = schedule.year();
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw ApiProblem.invalid("year", "range",
					"A holiday schedule is for a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
		}
		if (schedule.notice() == null || schedule.notice().isBlank()) {
			throw ApiProblem.invalid("notice", "not-blank", "Name the State Council notice the schedule follows");
		}
		List<Holiday> holidays = schedule.holidays();
		for (int i = 0; i < holidays.size(); i++) {
			Holiday holiday = holidays.get(i);
			String field = "holidays[" + i + "]";
			if (holiday.name() == null || holiday.name().isBlank()) {
				throw ApiProblem.invalid(field + ".name", "not-blank", "Every holiday needs a name");
			}
			requireInside(year, holiday.first(), field + ".first");
			requireInside(year, holiday.last(), field + ".last");
			if (holiday.last().isBefore(holiday.first())) {
				throw ApiProblem.invalid(field + ".last", "not-before-first",
						"The holiday ends on " + holiday.last() + ", before it begins on " + holiday.first());
			}
			for (int j = 0; j < i; j++) {
				Holiday other = holidays.get(j);
				if (!holiday.first().isAfter(other.last()) && !other.first().isAfter(holiday.last())) {
					throw ApiProblem.invalid(field, "no-overlap",
							holiday.name() + " overlaps " + other.name() + " (holidays[" + j + "])");
				}
			}
		}
		List<LocalDate> workingDays = schedule.workingDays();
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < workingDays.size(); i++) {
			LocalDate day = workingDays.get(i);
			String field = "workingDays[" + i + "]";
			requireInside(year, day, field);
			if (!CalendarYear.isWeekend(day)) {
				throw ApiProblem.invalid(field, "weekend", day + " is a " + day.getDayOfWeek()
						+ ": only a Saturday or Sunday can be turned into a working day");
			}
			if (holidays.stream().anyMatch(holiday -> holiday.includes(day))) {
				throw ApiProblem.invalid(field, "not-a-holiday", day + " cannot be both a holiday and a working day");
			}
			if (!seen.add(day)) {
				throw ApiProblem.invalid(field, "distinct", day + " is listed twice");
			}
		}
		return schedule;
	}

	private static void requireInside(int year, LocalDate day, String field) {
		if (day == null || day.getYear() != year) {
			throw ApiProblem.invalid(field, "inside-year", "Every day of the " + year + " schedule lies in " + year);
		}
	}
}
