package org.jointcase.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.jointcase.leads.LeadTransferProcess.*;

/** Every path of {@code bpmn/lead-transfer.bpmn} on the in-memory engine, the module's effects stood in for. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/lead-transfer.bpmn")
class LeadTransferProcessTests {

	static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

	ProcessEngine engine;

	final List<String> effects = new ArrayList<>();

	@BeforeEach
	void standIns() {
		DeadlineStandIns.register(START);
		Mocks.register("grantTransferAccess", effect("grant"));
		Mocks.register("referTransferToSuperior", (JavaDelegate) execution -> {
			effects.add("refer");
			execution.setVariable(DESIGNATORS, "3401-MR:supervisor");
		});
		// The owner changes unless the case was designated back to the sender (340104-MR).
		Mocks.register("transferOwnership", (JavaDelegate) execution -> {
			effects.add("handover");
			boolean changed = !"340104-MR".equals(execution.getVariable(DESIGNATED_AGENCY));
			execution.setVariable(OWNER_CHANGED, changed);
			execution.setVariable(OWNER_INSPECTORS, changed ? "340111-MR:inspector" : null);
		});
		Mocks.register("withdrawTransfer", effect("withdraw"));
		Mocks.register("closeTransfer", effect("close"));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	private JavaDelegate effect(String name) {
		return execution -> effects.add(name);
	}

	private ProcessInstance propose() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", "6f1c2a52-0000-4000-8000-000000000001");
		variables.put(SENDER_SUPERVISORS, "340104-MR:supervisor");
		variables.put(SENDER_INSPECTORS, "340104-MR:inspector");
		variables.put(TARGET_SUPERVISORS, "340111-MR:supervisor");
		variables.put(APPROVE_RULE, "approve");
		variables.put(ACCEPT_RULE, "accept-transfer");
		return engine.getRuntimeService().startProcessInstanceByKey(KEY, "transfer-1", variables);
	}

	@Test
	void approvedAcceptedReportedAndAcknowledged() {
		ProcessInstance transfer = propose();
		assertThat(transfer).isWaitingAt(APPROVE);
		assertThat(task(transfer)).hasCandidateGroup("340104-MR:supervisor");
		complete(task(transfer), withVariables(APPROVED, true));

		assertThat(transfer).isWaitingAt(ACCEPT);
		assertThat(task(transfer)).hasCandidateGroup("340111-MR:supervisor");
		complete(task(transfer), withVariables(ACCEPTED, true));

		assertThat(transfer).isWaitingAt(REPORT);
		assertThat(task(transfer)).hasCandidateGroup("340111-MR:inspector");
		complete(task(transfer));
		assertThat(transfer).isWaitingAt(ACKNOWLEDGE);
		assertThat(task(transfer)).hasCandidateGroup("340104-MR:inspector");
		complete(task(transfer));

		assertThat(transfer).isEnded().hasPassed("TransferAccepted", "TransferCompleted");
		assertThat(effects).containsExactly("grant", "handover", "close");
	}

	@Test
	void sentBackRevisedAndApprovedOnResubmission() {
		ProcessInstance transfer = propose();
		complete(task(transfer), withVariables(APPROVED, false));
		assertThat(transfer).isWaitingAt(REVISE);
		assertThat(task(transfer)).hasCandidateGroup("340104-MR:inspector");
		complete(task(transfer));
		assertThat(transfer).isWaitingAt(APPROVE);
		complete(task(transfer), withVariables(APPROVED, true));
		assertThat(transfer).isWaitingAt(ACCEPT);
		assertThat(effects).containsExactly("grant");
	}

	@ParameterizedTest(name = "designated {0}")
	@CsvSource({ "340111-MR, true", "3402-MR, true", "340104-MR, false" })
	void disputedAndDesignated(String designated, boolean reported) {
		ProcessInstance transfer = propose();
		complete(task(transfer), withVariables(APPROVED, true));
		complete(task(transfer), withVariables(ACCEPTED, false));
		assertThat(transfer).isWaitingAt(DESIGNATE);
		assertThat(task(transfer)).hasCandidateGroup("3401-MR:supervisor");
		complete(task(transfer), withVariables(DESIGNATED_AGENCY, designated));

		if (reported) {
			assertThat(transfer).isWaitingAt(REPORT);
			complete(task(transfer));
			complete(task(transfer));
		}
		assertThat(transfer).isEnded().hasPassed("AgencyDesignated", "TransferCompleted");
		assertThat(effects).containsExactly("grant", "refer", "handover", "close");
	}

	@Test
	void withdrawnBeforeAcceptance() {
		ProcessInstance transfer = propose();
		complete(task(transfer), withVariables(APPROVED, true));
		assertThat(transfer).isWaitingAt(ACCEPT);
		engine.getRuntimeService().createMessageCorrelation(WITHDRAWN_MESSAGE)
			.processInstanceBusinessKey("transfer-1")
			.correlate();
		assertThat(transfer).isEnded().hasPassed("TransferWithdrawnEnd").hasNotPassed("TransferOwnership");
		assertThat(effects).containsExactly("grant", "withdraw");
	}

	@Test
	void withdrawnWhileTheSuperiorDesignates() {
		ProcessInstance transfer = propose();
		complete(task(transfer), withVariables(APPROVED, true));
		complete(task(transfer), withVariables(ACCEPTED, false));
		engine.getRuntimeService().correlateMessage(WITHDRAWN_MESSAGE, "transfer-1");
		assertThat(transfer).isEnded().hasPassed("TransferWithdrawnEnd");
	}
}
