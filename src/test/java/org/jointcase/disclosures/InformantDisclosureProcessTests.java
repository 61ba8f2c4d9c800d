package org.jointcase.disclosures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.jointcase.DeadlineStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.jointcase.disclosures.InformantDisclosureProcess.*;

/** Every path of {@code bpmn/informant-disclosure.bpmn} on the in-memory engine, the module's effects stood in for. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/informant-disclosure.bpmn")
class InformantDisclosureProcessTests {

	static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

	ProcessEngine engine;

	final List<String> effects = new ArrayList<>();

	@BeforeEach
	void standIns() {
		DeadlineStandIns.register(START);
		Mocks.register("discloseInformant", (JavaDelegate) execution -> effects.add("disclose"));
		Mocks.register("refuseInformantDisclosure", (JavaDelegate) execution -> effects.add("refuse"));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	private ProcessInstance request() {
		return engine.getRuntimeService().startProcessInstanceByKey(KEY, "request-1", Map.of("caseId",
				"6f1c2a52-0000-4000-8000-000000000001", RECORDING_SUPERVISORS, "340104-MR:supervisor"));
	}

	@Test
	void theRecordingAgencysSupervisorGrantsAndTheIdentityIsDisclosed() {
		ProcessInstance request = request();
		assertThat(request).isWaitingAt(DECIDE);
		assertThat(task(request)).hasCandidateGroup("340104-MR:supervisor");
		complete(task(request), withVariables(GRANTED, true));
		assertThat(request).isEnded().hasPassed("DiscloseInformant", "IdentityDisclosed");
		assertThat(effects).containsExactly("disclose");
	}

	@Test
	void theRecordingAgencysSupervisorRefusesAndNothingIsDisclosed() {
		ProcessInstance request = request();
		complete(task(request), withVariables(GRANTED, false));
		assertThat(request).isEnded().hasPassed("RecordDisclosureRefusal", "DisclosureRefused")
			.hasNotPassed("DiscloseInformant");
		assertThat(effects).containsExactly("refuse");
	}
}
