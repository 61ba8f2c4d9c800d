package org.jointcase.calendar;

import java.util.Optional;

/** Where holiday schedules are read from: the database in the application, the shipped files in unit tests. */
interface CalendarSource {

	Optional<CalendarYear> year(int year);
}
