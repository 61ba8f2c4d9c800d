package org.jointcase.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;

/**
 * Reminders and supervision entries come from the inbox rows ({@link DeadlineWatch}), not from the models: a task has
 * them only if it has a deadline, which {@code deadlineStart} computes on every flow into it. Every user task of every
 * shipped model must have both, as every one had its two timers before.
 */
class DeadlineModelTests {

	private static final List<String> RULE_PROPERTIES = List.of(ProcessVariables.DEADLINE_PROPERTY,
			ProcessVariables.DEADLINE_VARIABLE_PROPERTY, ProcessVariables.DUE_DATE_VARIABLE_PROPERTY);

	@Test
	void everyUserTaskHasADeadlineComputedOnEveryFlowIntoIt() throws IOException {
		List<String> missing = new ArrayList<>();
		int tasks = 0;
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
				BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
				for (UserTask task : model.getModelElementsByType(UserTask.class)) {
					tasks++;
					String where = file.getFileName() + " " + task.getId();
					if (RULE_PROPERTIES.stream().allMatch(name -> ModelProperties.of(task, name) == null)) {
						missing.add(where + ": no deadline rule");
					}
					for (SequenceFlow flow : task.getIncoming()) {
						if (!computesTheDeadline(flow)) {
							missing.add(where + ": flow " + flow.getId() + " does not run deadlineStart");
						}
					}
				}
			}
		}
		assertThat(tasks).isGreaterThan(20);
		assertThat(missing).isEmpty();
	}

	private static boolean computesTheDeadline(SequenceFlow flow) {
		return flow.getExtensionElements() != null && flow.getExtensionElements().getElementsQuery()
			.filterByType(CamundaExecutionListener.class).list().stream()
			.anyMatch(listener -> "${deadlineStart}".equals(listener.getCamundaDelegateExpression())
					&& "take".equals(listener.getCamundaEvent()));
	}
}
