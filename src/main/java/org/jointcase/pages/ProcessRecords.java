package org.jointcase.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.jointcase.cases.CaseAccess;
import org.jointcase.cases.ShareScope;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.ProcessVariables;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Any process instance as a record: its model, the steps it passed and is at, and who acted when, read from the
 * engine's history. An officer sees the record of a process only if they may see the case it is about
 * ({@link CaseAccess}); a process about no case is shown to nobody.
 */
@Component
class ProcessRecords {

	private final HistoryService history;
	private final RepositoryService repository;
	private final CaseAccess access;

	ProcessRecords(HistoryService history, RepositoryService repository, CaseAccess access) {
		this.history = history;
		this.repository = repository;
		this.access = access;
	}

	record ProcessSummary(String id, String processKey, String businessKey, Instant startedAt, Instant endedAt,
			String state) {
	}

	/** A user task of the process: who was addressed, who acted, when, with which outcome. */
	record Step(String activityId, String name, String candidateGroup, String assignee, Instant createdAt,
			Instant endedAt) {
	}

	record ProcessRecord(ProcessSummary process, UUID caseId, List<String> completed, List<String> current,
			List<Step> steps) {
	}

	/** The processes about a case, newest first; the caller has checked that the officer sees the case. */
	List<ProcessSummary> aboutCase(UUID caseId) {
		return history.createHistoricProcessInstanceQuery()
			.variableValueEquals(ProcessVariables.CASE_ID, caseId.toString())
			.orderByProcessInstanceStartTime().desc()
			.list().stream().map(ProcessRecords::summary).toList();
	}

	ProcessRecord record(SignedInOfficer officer, String processInstanceId) {
		return trace(visible(officer, processInstanceId));
	}

	/**
	 * The process of a record (a transfer, a request, a review) by its business key, which is the record's id. The
	 * caller has checked through the record's own service that the officer sees the record: a participant keeps
	 * seeing the record of a review after the case access it gave has ended.
	 */
	Optional<ProcessRecord> ofRecord(UUID recordId) {
		return Optional.ofNullable(history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(recordId.toString())
			.singleResult()).map(this::trace);
	}

	/** The model of the process of a record; the caller has checked that the officer sees the record. */
	byte[] modelOfRecord(UUID recordId) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(recordId.toString())
			.singleResult();
		if (instance == null) {
			throw ApiProblem.notFound("Process");
		}
		return xml(instance);
	}

	private ProcessRecord trace(HistoricProcessInstance instance) {
		String processInstanceId = instance.getId();
		List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.orderByHistoricActivityInstanceStartTime().asc()
			.list();
		List<String> completed = activities.stream().filter(a -> a.getEndTime() != null)
			.map(HistoricActivityInstance::getActivityId).distinct().toList();
		List<String> current = activities.stream().filter(a -> a.getEndTime() == null)
			.map(HistoricActivityInstance::getActivityId).distinct().toList();
		List<Step> steps = history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.orderByHistoricActivityInstanceStartTime().asc()
			.list().stream()
			.map(task -> new Step(task.getTaskDefinitionKey(), task.getName(), candidateGroup(task.getId()),
					task.getAssignee(), instant(task.getStartTime()), instant(task.getEndTime())))
			.toList();
		return new ProcessRecord(summary(instance), caseOf(processInstanceId), completed, current, steps);
	}

	/** The BPMN XML of the process's model, with its diagram. */
	byte[] model(SignedInOfficer officer, String processInstanceId) {
		return xml(visible(officer, processInstanceId));
	}

	private byte[] xml(HistoricProcessInstance instance) {
		try (InputStream xml = repository.getProcessModel(instance.getProcessDefinitionId())) {
			return xml.readAllBytes();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private HistoricProcessInstance visible(SignedInOfficer officer, String processInstanceId) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		UUID caseId = instance == null ? null : caseOf(processInstanceId);
		if (caseId == null) {
			throw ApiProblem.notFound("Process");
		}
		access.require(officer, caseId, ShareScope.SUMMARY, "process.read");
		return instance;
	}

	private UUID caseOf(String processInstanceId) {
		HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName(ProcessVariables.CASE_ID)
			.list().stream().filter(v -> v.getValue() != null).findFirst().orElse(null);
		return variable == null ? null : UUID.fromString(variable.getValue().toString());
	}

	private String candidateGroup(String taskId) {
		return history.createHistoricIdentityLinkLogQuery().taskId(taskId).type("candidate").list().stream()
			.map(link -> link.getGroupId())
			.filter(group -> group != null)
			.findFirst()
			.orElse(null);
	}

	private static ProcessSummary summary(HistoricProcessInstance instance) {
		return new ProcessSummary(instance.getId(), instance.getProcessDefinitionKey(), instance.getBusinessKey(),
				instant(instance.getStartTime()), instant(instance.getEndTime()), instance.getState());
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}
}
