package org.jointcase.calendar;

import java.time.Instant;

/** A suspension of a deadline, for testing or appraisal, from {@code pausedAt} until {@code resumedAt}. */
public record DeadlinePause(Instant pausedAt, Instant resumedAt) {
}
