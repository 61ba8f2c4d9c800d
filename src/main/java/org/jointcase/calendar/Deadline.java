package org.jointcase.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A due date with how it was reached, as plain values: other modules store it with their task, transfer or request
 * (as JSON, for instance) and show it to officers. Made by {@link WorkingCalendar}; lists are never {@code null}.
 *
 * @param rule the rule the deadline follows
 * @param period the period first given; {@code extensions} and {@code pauses} record what moved the due date since
 * @param start when the period started; its day (Asia/Shanghai) is not counted
 * @param dueDate the last day to act on; for an hours deadline, the day (Asia/Shanghai) of {@code dueAt}
 * @param dueAt when the deadline passes: 00:00 Asia/Shanghai after {@code dueDate}, or for hours start plus the hours
 * @param reminderAt when 80 % of the time from {@code start} to {@code dueAt} has passed
 * @param calendarKnown {@code false} when a year it counted had no holiday schedule and was counted Monday to Friday
 * @param unknownYears those years, ascending
 * @param extensions the approved extensions, oldest first, each counted from the due date before it
 * @param pauses the suspensions the due date was moved for, oldest first
 */
public record Deadline(DeadlineRule rule, DeadlinePeriod period, Instant start, LocalDate dueDate, Instant dueAt,
		Instant reminderAt, boolean calendarKnown, List<Integer> unknownYears, List<DeadlinePeriod> extensions,
		List<DeadlinePause> pauses) {

	public Deadline {
		// Stored deadlines may predate a list: they read back as empty rather than null.
		unknownYears = unknownYears == null ? List.of() : List.copyOf(unknownYears);
		extensions = extensions == null ? List.of() : List.copyOf(extensions);
		pauses = pauses == null ? List.of() : List.copyOf(pauses);
	}
}
