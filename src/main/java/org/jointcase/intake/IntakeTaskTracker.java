package org.jointcase.intake;

import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jointcase.tasks.ProcessVariables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each item's open step and its due date on the item, for the queue to sort by: Camunda publishes every task
 * event inside its own transaction, so the item moves together with the task. An extended deadline arrives as the
 * task's update.
 */
@Component
class IntakeTaskTracker {

	private final IntakeItems items;

	IntakeTaskTracker(IntakeItems items) {
		this.items = items;
	}

	/** One listener that switches on the event: a SpEL condition was evaluated for every task event of every process. */
	@EventListener
	public void on(DelegateTask task) {
		if (!ours(task)) {
			return;
		}
		switch (task.getEventName()) {
			case TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE -> {
				Date due = task.getDueDate() != null ? task.getDueDate()
						: (Date) task.getVariable(ProcessVariables.DUE_AT);
				items.stepOpened(item(task), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
						due == null ? null : due.toInstant());
			}
			case TaskListener.EVENTNAME_COMPLETE -> items.stepOpened(item(task), task.getProcessInstanceId(), null, null);
			default -> {
			}
		}
	}

	private static boolean ours(DelegateTask task) {
		return task.getProcessDefinitionId() != null
				&& task.getProcessDefinitionId().startsWith(IntakeProcess.KEY + ":");
	}

	private static UUID item(DelegateTask task) {
		return UUID.fromString(task.getExecution().getProcessBusinessKey());
	}
}
