package org.jointcase.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's holiday schedule as the State Council's notice sets it: the public holidays, and the weekend days turned
 * into working days in exchange. Every other weekday is a working day and every other weekend day is not.
 */
public record CalendarYear(int year, String notice, List<Holiday> holidays, List<LocalDate> workingDays) {

	public CalendarYear {
		holidays = List.copyOf(holidays);
		workingDays = List.copyOf(workingDays);
	}

	/** Whether agencies work on {@code day}, a day of this year. */
	public boolean isWorkingDay(LocalDate day) {
		return workingDays.contains(day) || !isWeekend(day) && holidays.stream().noneMatch(h -> h.includes(day));
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
