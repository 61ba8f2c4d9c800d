package org.jointcase.web;

import java.sql.SQLException;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Tells a failure caused by another request changing the same rows at the same time from a fault: such a failure is
 * answered 409 ({@link #RULE}), never 500, and a change that may run again is retried once
 * ({@code idempotency.Idempotency}).
 */
public final class Races {

	/** The problem type of a change that lost a race the database or the engine detected. */
	public static final String RULE = "changed-meanwhile";

	/**
	 * PostgreSQL's serialization failure, deadlock, lock not available, and the unique and foreign-key violations
	 * that only a concurrent change can cause once the services have checked their input.
	 */
	private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03", "23505", "23503");

	private Races() {
	}

	/**
	 * Whether {@code failure}, or a cause of it, is the engine's optimistic locking, one of Spring's concurrency
	 * failures, or a SQL error of a concurrent change.
	 */
	public static boolean lost(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
					|| cause instanceof SQLException sql && sql.getSQLState() != null
							&& SQL_STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** The 409 a lost race answers. */
	public static ApiProblem conflict() {
		return new ApiProblem(org.springframework.http.HttpStatus.CONFLICT, null, RULE,
				"Another request changed this record at the same time: read it again and decide anew");
	}
}
