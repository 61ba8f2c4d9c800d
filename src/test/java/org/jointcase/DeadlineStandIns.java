package org.jointcase;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the deadline listener of the fast process tests: the deadlines are the inbox's (its rows, watched
 * by {@code tasks.DeadlineWatch}), not the models', so a process test needs none.
 */
public final class DeadlineStandIns {

	private DeadlineStandIns() {
	}

	/** Sets the engine's clock to {@code start} and registers the stand-in. */
	public static void register(Instant start) {
		ClockUtil.setCurrentTime(Date.from(start));
		Mocks.register("deadlineStart", (ExecutionListener) execution -> {
		});
	}
}
