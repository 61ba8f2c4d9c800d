package org.jointcase.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jointcase.calendar.CalendarYear;

/** A year's schedule as month grids (weeks from Monday) for the calendar page. */
record CalendarMonths(int month, List<List<Day>> weeks) {

	/** A day of the grid; {@code null} days pad the first and last week. */
	record Day(LocalDate date, boolean working, boolean holiday, boolean adjusted, boolean weekend) {
	}

	static List<CalendarMonths> of(CalendarYear schedule) {
		List<CalendarMonths> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth yearMonth = YearMonth.of(schedule.year(), month);
			List<List<Day>> weeks = new ArrayList<>();
			List<Day> week = new ArrayList<>();
			for (int pad = 1; pad < yearMonth.atDay(1).getDayOfWeek().getValue(); pad++) {
				week.add(null);
			}
			for (int day = 1; day <= yearMonth.lengthOfMonth(); day++) {
				LocalDate date = yearMonth.atDay(day);
				boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
				week.add(new Day(date, schedule.isWorkingDay(date),
						schedule.holidays().stream().anyMatch(h -> h.includes(date)),
						schedule.workingDays().contains(date), weekend));
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(null);
				}
				weeks.add(week);
			}
			months.add(new CalendarMonths(month, weeks));
		}
		return months;
	}
}
