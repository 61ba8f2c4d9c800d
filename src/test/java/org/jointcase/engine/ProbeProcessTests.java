package org.jointcase.engine;

import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
class ProbeProcessTests {

	ProcessEngine engine;

	@Test
	@Deployment(resources = "probe.bpmn")
	void probe() {
		Date due = new Date(System.currentTimeMillis() + 3600_000L);
		Mocks.register("setDue", (org.camunda.bpm.engine.delegate.ExecutionListener) x -> x.setVariableLocal("dueAt", due));
		Mocks.register("onTimeout", (TaskListener) t -> System.out.println("TIMEOUT FIRED " + t.getId()));
		engine.getRuntimeService().startProcessInstanceByKey("probe");
		System.out.println("JOBS " + engine.getManagementService().createJobQuery().list().stream().map(j -> j.getDuedate() + " vs " + due).toList());
		engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().singleResult().getId());
		System.out.println("TASKS " + engine.getTaskService().createTaskQuery().count());
	}
}
