package org.jointcase.calendar;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A year of the calendar as an officer sees it: its schedule ({@code known} false and the schedule empty when it has
 * none, so that its deadlines count Monday to Friday) and the actions the officer may take on it now.
 */
public record CalendarYearView(@JsonUnwrapped CalendarYear schedule, boolean known, Set<String> allowedActions) {
}
