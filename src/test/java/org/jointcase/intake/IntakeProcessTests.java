package org.jointcase.intake;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.jointcase.intake.IntakeProcess.*;

/** Every path of {@code bpmn/complaint-intake.bpmn} on the in-memory engine, the module's effects stood in for. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/complaint-intake.bpmn")
class IntakeProcessTests {

	static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
	static final String SHUSHAN = "340104-MR:inspector";
	static final String BAOHE = "340111-MR:inspector";
	static final String COORDINATORS = "3401-MR:coordinator";

	ProcessEngine engine;

	final List<String> effects = new ArrayList<>();
	/** Where the routing stand-in places the next item: an agency's inspectors, or null for triage. */
	String routeTo = SHUSHAN;
	/** Where a forward goes: the target's inspectors, or null when the coordinators designate. */
	String forwardTo = BAOHE;

	@BeforeEach
	void standIns() {
		DeadlineStandIns.register(START);
		Mocks.register("routeIntakeItem", (JavaDelegate) execution -> {
			effects.add("route");
			place(execution, routeTo);
		});
		Mocks.register("forwardIntakeItem", (JavaDelegate) execution -> {
			effects.add("forward");
			place(execution, forwardTo);
		});
		Mocks.register("openCaseFromIntake", (JavaDelegate) execution -> {
			effects.add("open-case");
			execution.setVariable("caseId", "6f1c2a52-0000-4000-8000-000000000001");
		});
	}

	private static void place(org.camunda.bpm.engine.delegate.DelegateExecution execution, String group) {
		execution.setVariable(PLACED, group != null);
		if (group != null) {
			execution.setVariable(HANDLERS, group);
		}
		else {
			execution.setVariable(TRIAGERS, COORDINATORS);
		}
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	private ProcessInstance receive(boolean complaint, boolean realName) {
		return engine.getRuntimeService().startProcessInstanceByKey(KEY, "item-1",
				Map.of(COMPLAINT, complaint, REAL_NAME, realName));
	}

	private static void decide(ProcessInstance item, String decision) {
		complete(task(item), withVariables(DECISION, decision));
	}

	@ParameterizedTest(name = "mediated: {0}")
	@ValueSource(strings = { SETTLE, NOT_SETTLED, WITHDRAW })
	void acceptedAndMediatedToEachOutcome(String outcome) {
		ProcessInstance item = receive(true, true);
		assertThat(item).isWaitingAt(ACCEPT);
		assertThat(task(item)).hasCandidateGroup(SHUSHAN);
		decide(item, ACCEPT_ACTION);
		assertThat(item).isWaitingAt(MEDIATE);
		assertThat(task(item)).hasCandidateGroup(SHUSHAN);
		decide(item, outcome);
		assertThat(item).isEnded().hasPassed("ComplaintMediated");
		assertThat(effects).containsExactly("route");
	}

	@Test
	void refused() {
		ProcessInstance item = receive(true, true);
		decide(item, REFUSE);
		assertThat(item).isEnded().hasPassed("ComplaintRefused").hasNotPassed(MEDIATE);
	}

	@Test
	void settledByTheBusinessThroughOdrOnceTheConsumerConfirms() {
		ProcessInstance item = receive(true, true);
		decide(item, ACCEPT_ACTION);
		decide(item, RECORD_ODR_ANSWER);
		assertThat(item).isWaitingAt(CONFIRM);
		decide(item, NOT_CONFIRMED);
		assertThat(item).isWaitingAt(MEDIATE);
		decide(item, RECORD_ODR_ANSWER);
		decide(item, CONFIRM_ACTION);
		assertThat(item).isEnded().hasPassed("SettledByOdr");
	}

	@Test
	void forwardedToTheCompetentAgencyWhichDecides() {
		ProcessInstance item = receive(true, false);
		decide(item, FORWARD);
		assertThat(item).isWaitingAt(ACCEPT);
		assertThat(task(item)).hasCandidateGroup(BAOHE);
		decide(item, ACCEPT_ACTION);
		assertThat(item).isWaitingAt(MEDIATE);
		assertThat(effects).containsExactly("route", "forward");
	}

	@Test
	void forwardedAgainGoesToTheCoordinatorsWhoDesignate() {
		ProcessInstance item = receive(false, false);
		decide(item, FORWARD);
		assertThat(task(item)).hasCandidateGroup(BAOHE);
		forwardTo = null;
		decide(item, FORWARD);
		assertThat(item).isWaitingAt(TRIAGE);
		assertThat(task(item)).hasCandidateGroup(COORDINATORS);
		complete(task(item), withVariables(DECISION, ASSIGN, PLACED, true, HANDLERS, SHUSHAN));
		assertThat(item).isWaitingAt(VERIFY);
		assertThat(task(item)).hasCandidateGroup(SHUSHAN);
	}

	@Test
	void whatTheRulesCannotPlaceIsTriagedByTheCoordinators() {
		routeTo = null;
		ProcessInstance item = receive(true, true);
		assertThat(item).isWaitingAt(TRIAGE);
		assertThat(task(item)).hasCandidateGroup(COORDINATORS);
		complete(task(item), withVariables(DECISION, ASSIGN, PLACED, true, HANDLERS, BAOHE));
		assertThat(item).isWaitingAt(ACCEPT);
		assertThat(task(item)).hasCandidateGroup(BAOHE);
	}

	@Test
	void reportBecomesACaseAndTheRealNameInformantIsTold() {
		ProcessInstance item = receive(false, true);
		assertThat(item).isWaitingAt(VERIFY);
		decide(item, OPEN_CASE);
		assertThat(item).isWaitingAt(INFORM);
		assertThat(effects).containsExactly("route", "open-case");
		decide(item, INFORM_ACTION);
		assertThat(item).isEnded().hasPassed("OpenCase", "ReportDecided");
	}

	@Test
	void reportWithoutCaseAndTheRealNameInformantIsTold() {
		ProcessInstance item = receive(false, true);
		decide(item, NO_CASE);
		assertThat(item).isWaitingAt(INFORM);
		decide(item, INFORM_ACTION);
		assertThat(item).isEnded().hasNotPassed("OpenCase");
		assertThat(effects).containsExactly("route");
	}

	@Test
	void anAnonymousReportIsNotToldAnything() {
		ProcessInstance item = receive(false, false);
		decide(item, OPEN_CASE);
		assertThat(item).isEnded().hasPassed("OpenCase").hasNotPassed(INFORM);
	}

	private ProcessInstance reach(String step) {
		if (step.equals(TRIAGE)) {
			routeTo = null;
		}
		ProcessInstance item = receive(!step.equals(VERIFY) && !step.equals(INFORM), true);
		switch (step) {
			case MEDIATE -> decide(item, ACCEPT_ACTION);
			case CONFIRM -> {
				decide(item, ACCEPT_ACTION);
				decide(item, RECORD_ODR_ANSWER);
			}
			case INFORM -> decide(item, NO_CASE);
			default -> {
			}
		}
		return item;
	}
}
