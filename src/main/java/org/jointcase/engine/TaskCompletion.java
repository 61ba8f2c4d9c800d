package org.jointcase.engine;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Completes a user task in one engine command: the task and its execution are read once and the changes flushed once,
 * where assigning it, setting a variable on it and completing it through {@code TaskService} would be three commands
 * that each read them again.
 */
@Service
public class TaskCompletion {

	private final CommandExecutor commands;

	TaskCompletion(ProcessEngineConfigurationImpl configuration) {
		this.commands = configuration.getCommandExecutorTxRequired();
	}

	/**
	 * Assigns the task to {@code assignee} unless that is null, gives the task {@code forListeners} as transient local
	 * variables (its listeners read them as the task completes; they are never stored), and completes it with
	 * {@code variables}. Throws what {@code TaskService.complete} throws for a task that is gone or changed meanwhile.
	 */
	public void complete(String taskId, String assignee, Map<String, Object> forListeners,
			Map<String, Object> variables) {
		commands.execute(context -> {
			if (assignee != null) {
				new AssignTaskCmd(taskId, assignee).execute(context);
			}
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			if (task != null) {
				forListeners.forEach((name, value) -> task.setVariableLocal(name, Variables.untypedValue(value, true)));
			}
			return new CompleteTaskCmd(taskId, variables).execute(context);
		});
	}
}
