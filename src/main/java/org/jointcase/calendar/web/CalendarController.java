package org.jointcase.calendar.web;

import static org.jointcase.calendar.WorkingCalendar.ZONE;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.calendar.CalendarLimits;
import org.jointcase.calendar.CalendarYear;
import org.jointcase.calendar.CalendarYearView;
import org.jointcase.calendar.CalendarYears;
import org.jointcase.calendar.Deadline;
import org.jointcase.calendar.DeadlinePeriod;
import org.jointcase.calendar.DeadlineRule;
import org.jointcase.calendar.DeadlineRules;
import org.jointcase.calendar.Holiday;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	private final WorkingCalendar calendar;
	private final DeadlineRules rules;
	private final CalendarYears years;

	CalendarController(WorkingCalendar calendar, DeadlineRules rules, CalendarYears years) {
		this.calendar = calendar;
		this.rules = rules;
		this.years = years;
	}

	/**
	 * The deadline of exactly one of {@code workingDays}, {@code naturalDays} or {@code hours} from {@code start}: a
	 * date (taken from 00:00) or an ISO date-time, in Asia/Shanghai unless it carries an offset. {@code rule} names
	 * the rule to record; without it the period is recorded as a custom one.
	 */
	@GetMapping("/due-date")
	Deadline dueDate(@RequestParam(required = false) String start,
			@RequestParam(required = false) @Min(1) @Max(DeadlinePeriod.MAX_AMOUNT) Integer workingDays,
			@RequestParam(required = false) @Min(1) @Max(DeadlinePeriod.MAX_AMOUNT) Integer naturalDays,
			@RequestParam(required = false) @Min(1) @Max(DeadlinePeriod.MAX_AMOUNT) Integer hours,
			@RequestParam(required = false) String rule) {
		DeadlinePeriod period = onePeriod(workingDays, naturalDays, hours);
		DeadlineRule applied = rule == null ? DeadlineRule.custom(period) : rules.rule(rule);
		return calendar.dueDate(startOf(start), period, applied);
	}

	private static DeadlinePeriod onePeriod(Integer workingDays, Integer naturalDays, Integer hours) {
		Map<String, DeadlinePeriod> given = new LinkedHashMap<>();
		if (workingDays != null) {
			given.put("workingDays", DeadlinePeriod.workingDays(workingDays));
		}
		if (naturalDays != null) {
			given.put("naturalDays", DeadlinePeriod.naturalDays(naturalDays));
		}
		if (hours != null) {
			given.put("hours", DeadlinePeriod.hours(hours));
		}
		if (given.size() != 1) {
			// Name the parameter to change: the usual one when none is given, else the first one too many.
			String field = given.isEmpty() ? "workingDays" : List.copyOf(given.keySet()).get(1);
			throw ApiProblem.invalid(field, "exactly-one-period", "Give exactly one of workingDays, naturalDays or hours");
		}
		return given.values().iterator().next();
	}

	private static Instant startOf(String start) {
		if (start == null || start.isBlank()) {
			throw ApiProblem.invalid("start", "required", "Give the start as a date (2026-03-02) or an ISO date-time");
		}
		Instant instant;
		try {
			instant = start.contains("T") ? dateTime(start) : LocalDate.parse(start).atStartOfDay(ZONE).toInstant();
		}
		catch (DateTimeException invalid) {
			throw ApiProblem.invalid("start", "iso-date-or-date-time", "'" + start + "' is neither a date such as "
					+ "2026-03-02 nor an ISO date-time such as 2026-03-02T09:30 or 2026-03-02T09:30%2B08:00");
		}
		int year = instant.atZone(ZONE).getYear();
		if (year < CalendarYears.FIRST_YEAR || year > CalendarYears.LAST_YEAR) {
			throw ApiProblem.invalid("start", "range", "Deadlines start in the years " + CalendarYears.FIRST_YEAR
					+ " to " + CalendarYears.LAST_YEAR);
		}
		return instant;
	}

	private static Instant dateTime(String text) {
		TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
				LocalDateTime::from);
		return parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
				: ((LocalDateTime) parsed).atZone(ZONE).toInstant();
	}

	/** The deadline rules with their working-day periods and legal sources. */
	@GetMapping("/rules")
	List<DeadlineRule> rules() {
		return rules.all();
	}

	/** The years that have a published holiday schedule. */
	@GetMapping("/years")
	List<CalendarYear> years() {
		return years.years();
	}

	/** One year's holiday schedule and the adjusted working days; 404 for a year without one. */
	@GetMapping("/years/{year}")
	CalendarYearView year(@AuthenticationPrincipal SignedInOfficer officer,
			@PathVariable @Min(CalendarYears.FIRST_YEAR) @Max(CalendarYears.LAST_YEAR) int year) {
		CalendarYearView view = years.year(officer, year);
		if (!view.known()) {
			throw new ApiProblem(HttpStatus.NOT_FOUND, null, null,
					"No holiday schedule for " + year + ": its deadlines count Monday to Friday");
		}
		return view;
	}

	/** Replaces a year's holiday schedule (administrators only); deadlines that cross it are counted anew. */
	@PutMapping("/years/{year}")
	CalendarYearView replaceYear(@AuthenticationPrincipal SignedInOfficer officer,
			@PathVariable @Min(CalendarYears.FIRST_YEAR) @Max(CalendarYears.LAST_YEAR) int year,
			@Valid @RequestBody Schedule schedule) {
		return years.replace(officer,
				new CalendarYear(year, schedule.notice(), schedule.holidays(), schedule.workingDays()));
	}

	record Schedule(@NotBlank @Size(max = CalendarLimits.NOTICE) String notice,
			@NotNull @Size(max = 100) List<@NotNull @Valid Holiday> holidays,
			@NotNull @Size(max = 100) List<@NotNull LocalDate> workingDays) {
	}
}
