package org.jointcase;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the deadline listeners of the fast process tests: every task is due 7 days after {@code start} and
 * reminded after 5; each reminder and overdue notice is added to {@code notices} as "reminder Step" or "overdue Step".
 */
public final class DeadlineStandIns {

	private DeadlineStandIns() {
	}

	/** Sets the engine's clock to {@code start} and registers the stand-ins, their deadlines counted from it. */
	public static void register(Instant start, List<String> notices) {
		ClockUtil.setCurrentTime(Date.from(start));
		Mocks.register("deadlineStart", (ExecutionListener) execution -> {
			execution.setVariableLocal("dueAt", Date.from(start.plus(Duration.ofDays(7))));
			execution.setVariableLocal("reminderAt", Date.from(start.plus(Duration.ofDays(5))));
		});
		Mocks.register("taskReminder", (TaskListener) task -> notices.add("reminder " + task.getTaskDefinitionKey()));
		Mocks.register("taskOverdue", (TaskListener) task -> notices.add("overdue " + task.getTaskDefinitionKey()));
	}
}
