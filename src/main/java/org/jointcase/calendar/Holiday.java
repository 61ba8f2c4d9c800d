package org.jointcase.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Public holidays from {@code first} to {@code last}, both included, under one name such as "Spring Festival (春节)". */
public record Holiday(@NotBlank @Size(max = CalendarLimits.HOLIDAY_NAME) String name, @NotNull LocalDate first,
		@NotNull LocalDate last) {

	public boolean includes(LocalDate day) {
		return !day.isBefore(first) && !day.isAfter(last);
	}
}
