package org.jointcase.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.jointcase.tasks.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One test per path of the assistance request, on the in-memory engine with the Spring beans stood in for. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = AssistanceProcess.RESOURCE)
class AssistanceRequestProcessTests {

	private static final String WUHU = "3402-MR";
	private static final String JINGHU = "340202-MR";
	private static final String WUHU_POLICE = "3402-PS";

	ProcessEngine engine;

	private final List<String> sent = new ArrayList<>();
	private final List<String> closed = new ArrayList<>();
	private final List<String> cancelled = new ArrayList<>();

	@BeforeEach
	void standIns() {
		Mocks.register("deadlineStart", (ExecutionListener) execution -> {
		});
		Mocks.register(AssistanceProcess.SEND, (JavaDelegate) execution -> sent.add(execution.getProcessBusinessKey()));
		Mocks.register(AssistanceProcess.CLOSE, (JavaDelegate) execution -> closed.add(execution.getProcessBusinessKey()));
		Mocks.register(AssistanceProcess.CANCEL,
				(JavaDelegate) execution -> cancelled.add(execution.getProcessBusinessKey()));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void everyReplyAcceptedClosesTheRequest() {
		ProcessInstance request = start(WUHU, WUHU_POLICE);
		approveRequest(request);
		assertThat(sent).containsExactly(request.getBusinessKey());

		for (String agency : List.of(WUHU, WUHU_POLICE)) {
			answer(request, agency);
			complete(task(request, AssistanceProcess.REVIEW_REPLY, agency), AssistanceProcess.REPLY_ACCEPTED, true);
		}
		executeAsyncJobs();

		assertThat(request).isEnded().hasPassed("AllAnswered", "CloseRequest", "RequestClosed");
		assertThat(closed).containsExactly(request.getBusinessKey());
	}

	@Test
	void requestSentBackIsResubmittedOrWithdrawn() {
		ProcessInstance request = start(WUHU);
		complete(task(request, AssistanceProcess.APPROVE_REQUEST, null), AssistanceProcess.APPROVED, false);
		complete(task(request, AssistanceProcess.REVISE_REQUEST, null), AssistanceProcess.WITHDRAWN, false);
		complete(task(request, AssistanceProcess.APPROVE_REQUEST, null), AssistanceProcess.APPROVED, false);
		complete(task(request, AssistanceProcess.REVISE_REQUEST, null), AssistanceProcess.WITHDRAWN, true);

		assertThat(request).isEnded().hasPassed("RevisionWithdrawn", "RequestWithdrawn").hasNotPassed("SendRequest");
		assertThat(sent).isEmpty();
		assertThat(closed).isEmpty();
	}

	@Test
	void declinedAgencyIsReplacedByTheAgencyItNamed() {
		ProcessInstance request = start(WUHU, JINGHU);
		approveRequest(request);

		complete(task(request, AssistanceProcess.ACCEPT_REQUEST, WUHU), AssistanceProcess.ACCEPTED, false);
		Task consider = task(request, AssistanceProcess.CONSIDER_DECLINE, null);
		assertThat(engine.getTaskService().getVariable(consider.getId(), AssistanceProcess.ADDRESSEE)).isEqualTo(WUHU);
		complete(consider, Map.of(AssistanceProcess.READDRESSED, true, AssistanceProcess.ADDRESSEE, WUHU_POLICE));

		// The same branch now runs for the new agency: one instance per addressee, none added, none lost.
		assertThat(instancesOfAgencyAssistance(request)).isEqualTo(2);
		answer(request, WUHU_POLICE);
		answer(request, JINGHU);
		complete(task(request, AssistanceProcess.REVIEW_REPLY, WUHU_POLICE), AssistanceProcess.REPLY_ACCEPTED, true);
		complete(task(request, AssistanceProcess.REVIEW_REPLY, JINGHU), AssistanceProcess.REPLY_ACCEPTED, true);
		executeAsyncJobs();

		assertThat(request).isEnded().hasPassed("RequestClosed");
		assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(request.getId())
			.taskDefinitionKey(AssistanceProcess.ACCEPT_REQUEST).count()).isEqualTo(3);
	}

	@Test
	void declineThatStandsEndsThatAgencysPart() {
		ProcessInstance request = start(WUHU);
		approveRequest(request);

		complete(task(request, AssistanceProcess.ACCEPT_REQUEST, WUHU), AssistanceProcess.ACCEPTED, false);
		complete(task(request, AssistanceProcess.CONSIDER_DECLINE, null), AssistanceProcess.READDRESSED, false);
		executeAsyncJobs();

		assertThat(request).isEnded().hasPassed("DeclineStands", "RequestClosed").hasNotPassed("ReplyTask");
	}

	@Test
	void extensionIsDecidedWhileTheReplyTaskStaysOpen() {
		ProcessInstance request = start(WUHU);
		approveRequest(request);
		complete(task(request, AssistanceProcess.ACCEPT_REQUEST, WUHU), AssistanceProcess.ACCEPTED, true);
		Task reply = task(request, AssistanceProcess.REPLY, WUHU);

		askExtension(reply);
		complete(task(request, AssistanceProcess.DECIDE_EXTENSION, null), Map.of());

		// Granted or refused, the reply task is the same one: the deadline moves, not restarts.
		assertThat(task(request, AssistanceProcess.REPLY, WUHU).getId()).isEqualTo(reply.getId());

		askExtension(reply);
		assertThat(task(request, AssistanceProcess.DECIDE_EXTENSION, null)).isNotNull();
		complete(reply, Map.of());
		complete(task(request, AssistanceProcess.APPROVE_REPLY, WUHU), AssistanceProcess.REPLY_APPROVED, true);
		// The reply went out before the requester decided: the pending decision is moot and ends with it.
		assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(AssistanceProcess.DECIDE_EXTENSION)
			.count()).isZero();
		assertThat(request).isWaitingAt(AssistanceProcess.REVIEW_REPLY);
	}

	@Test
	void replySentBackByItsSupervisorIsRevised() {
		ProcessInstance request = start(WUHU);
		approveRequest(request);
		complete(task(request, AssistanceProcess.ACCEPT_REQUEST, WUHU), AssistanceProcess.ACCEPTED, true);
		complete(task(request, AssistanceProcess.REPLY, WUHU), Map.of());
		complete(task(request, AssistanceProcess.APPROVE_REPLY, WUHU), AssistanceProcess.REPLY_APPROVED, false);
		complete(task(request, AssistanceProcess.REVISE_REPLY, WUHU), Map.of());
		complete(task(request, AssistanceProcess.APPROVE_REPLY, WUHU), AssistanceProcess.REPLY_APPROVED, true);

		assertThat(request).isWaitingAt(AssistanceProcess.REVIEW_REPLY);
	}

	@Test
	void supplementSendsTheAgencyBackToReplying() {
		ProcessInstance request = start(WUHU);
		approveRequest(request);
		answer(request, WUHU);
		complete(task(request, AssistanceProcess.REVIEW_REPLY, WUHU), AssistanceProcess.REPLY_ACCEPTED, false);

		Task again = task(request, AssistanceProcess.REPLY, WUHU);
		assertThat(again).isNotNull();
		complete(again, Map.of());
		complete(task(request, AssistanceProcess.APPROVE_REPLY, WUHU), AssistanceProcess.REPLY_APPROVED, true);
		complete(task(request, AssistanceProcess.REVIEW_REPLY, WUHU), AssistanceProcess.REPLY_ACCEPTED, true);
		executeAsyncJobs();

		assertThat(request).isEnded().hasPassed("RequestClosed");
		assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
			.taskDefinitionKey(AssistanceProcess.REPLY).count()).isEqualTo(2);
	}

	@Test
	void cancellationEndsEveryOpenTask() {
		ProcessInstance request = start(WUHU, JINGHU);
		approveRequest(request);
		complete(task(request, AssistanceProcess.ACCEPT_REQUEST, WUHU), AssistanceProcess.ACCEPTED, true);

		engine.getRuntimeService().createMessageCorrelation(AssistanceProcess.CANCELLED_MESSAGE)
			.processInstanceBusinessKey(request.getBusinessKey())
			.correlate();

		assertThat(request).isEnded().hasPassed("CancelRequest", "RequestCancelledEnd").hasNotPassed("CloseRequest");
		assertThat(cancelled).containsExactly(request.getBusinessKey());
		assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
	}

	@Test
	void fanOutToFiftyAgenciesAnswersEachOnce() {
		String[] agencies = IntStream.range(0, 50).mapToObj(i -> "34%02d-MR".formatted(i)).toArray(String[]::new);
		ProcessInstance request = start(agencies);
		approveRequest(request);

		assertThat(instancesOfAgencyAssistance(request)).isEqualTo(50);
		assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(AssistanceProcess.ACCEPT_REQUEST)
			.count()).isEqualTo(50);
		for (String agency : agencies) {
			answer(request, agency);
			complete(task(request, AssistanceProcess.REVIEW_REPLY, agency), AssistanceProcess.REPLY_ACCEPTED, true);
		}
		executeAsyncJobs();

		assertThat(request).isEnded().hasPassed("RequestClosed");
		assertThat(closed).containsExactly(request.getBusinessKey());
		for (String step : List.of(AssistanceProcess.ACCEPT_REQUEST, AssistanceProcess.REPLY,
				AssistanceProcess.APPROVE_REPLY, AssistanceProcess.REVIEW_REPLY)) {
			assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey(step).count())
				.as(step).isEqualTo(50);
		}
	}

	private ProcessInstance start(String... addressees) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.CASE_ID, UUID.randomUUID().toString());
		variables.put(AssistanceProcess.ADDRESSEES, List.of(addressees));
		variables.put(AssistanceProcess.REQUESTER_INSPECTORS, "3401-MR:inspector");
		variables.put(AssistanceProcess.REQUESTER_SUPERVISORS, "3401-MR:supervisor");
		variables.put(AssistanceProcess.WITHDRAWN, false);
		return engine.getRuntimeService().startProcessInstanceByKey(AssistanceProcess.KEY, UUID.randomUUID().toString(),
				variables);
	}

	private void approveRequest(ProcessInstance request) {
		complete(task(request, AssistanceProcess.APPROVE_REQUEST, null), AssistanceProcess.APPROVED, true);
	}

	/** The agency accepts, replies and its supervisor approves the reply. */
	private void answer(ProcessInstance request, String agency) {
		Task accept = engine.getTaskService().createTaskQuery().processInstanceId(request.getId())
			.taskDefinitionKey(AssistanceProcess.ACCEPT_REQUEST).taskCandidateGroup(agency + ":supervisor").singleResult();
		if (accept != null) {
			complete(accept, AssistanceProcess.ACCEPTED, true);
		}
		complete(task(request, AssistanceProcess.REPLY, agency), Map.of());
		complete(task(request, AssistanceProcess.APPROVE_REPLY, agency), AssistanceProcess.REPLY_APPROVED, true);
	}

	/** The open task at {@code step}: of the agency's instance for an agency's own or requester's step, else the only one. */
	private Task task(ProcessInstance request, String step, String agency) {
		return engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).taskDefinitionKey(step)
			.list().stream()
			.filter(task -> agency == null
					|| agency.equals(engine.getTaskService().getVariable(task.getId(), AssistanceProcess.ADDRESSEE)))
			.reduce((one, two) -> {
				throw new AssertionError("More than one " + step + " for " + agency);
			})
			.orElseThrow(() -> new AssertionError("No " + step + " for " + agency));
	}

	private void complete(Task task, String decision, boolean value) {
		complete(task, Map.of(decision, value));
	}

	private void complete(Task task, Map<String, Object> variables) {
		engine.getTaskService().complete(task.getId(), variables);
	}

	private void askExtension(Task reply) {
		engine.getRuntimeService().messageEventReceived(AssistanceProcess.EXTENSION_ASKED_MESSAGE,
				reply.getExecutionId());
	}

	/** The async continuations after each agency's instance, as the job executor would run them. */
	private void executeAsyncJobs() {
		for (Job job : engine.getManagementService().createJobQuery().messages().list()) {
			engine.getManagementService().executeJob(job.getId());
		}
	}

	private long instancesOfAgencyAssistance(ProcessInstance request) {
		return engine.getRuntimeService().getActivityInstance(request.getId())
			.getActivityInstances(AssistanceProcess.AGENCY_ASSISTANCE).length;
	}
}
