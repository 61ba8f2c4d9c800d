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
import org.jointcase.tasks.ProcessVariables;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * The process behind a record page (a transfer, a request, a review): its model, the steps it passed and is at, and
 * who acted when, read from the engine's history. Only record pages call it, after the record's own service has
 * decided that the officer sees the record.
 */
@Component
class ProcessRecords {

	private final HistoryService history;
	private final RepositoryService repository;
	ProcessRecords(HistoryService history, RepositoryService repository) {
		this.history = history;
		this.repository = repository;
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

	private byte[] xml(HistoricProcessInstance instance) {
		try (InputStream xml = repository.getProcessModel(instance.getProcessDefinitionId())) {
			return xml.readAllBytes();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
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
