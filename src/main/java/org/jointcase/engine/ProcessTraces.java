package org.jointcase.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * The process behind a record (a transfer, a request, a review), read from the engine's history: its model, the
 * steps it passed and is at, and who acted when. The record's own service calls it after its policy decided that the
 * officer sees the record, and says whose steps the officer may see; pages and controllers never call it directly.
 */
@Service
public class ProcessTraces {

	private final HistoryService history;
	private final RepositoryService repository;

	ProcessTraces(HistoryService history, RepositoryService repository) {
		this.history = history;
		this.repository = repository;
	}

	/**
	 * The trace of the process whose business key is the record's id, with only the steps addressed to agencies for
	 * which {@code seesStepsOf} answers true; empty when the record has no process (yet).
	 */
	public Optional<ProcessTrace> ofRecord(UUID recordId, Predicate<String> seesStepsOf) {
		return instance(recordId).map(instance -> trace(instance, seesStepsOf));
	}

	/** The BPMN XML of the record's process model, with its diagram; 404 when the record has no process. */
	public byte[] modelOfRecord(UUID recordId) {
		HistoricProcessInstance instance = instance(recordId).orElseThrow(() -> ApiProblem.notFound("Process"));
		try (InputStream xml = repository.getProcessModel(instance.getProcessDefinitionId())) {
			return xml.readAllBytes();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private Optional<HistoricProcessInstance> instance(UUID recordId) {
		return Optional.ofNullable(history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(recordId.toString())
			.singleResult());
	}

	private ProcessTrace trace(HistoricProcessInstance instance, Predicate<String> seesStepsOf) {
		String processInstanceId = instance.getId();
		List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.orderByHistoricActivityInstanceStartTime().asc()
			.list();
		List<String> completed = activities.stream().filter(a -> a.getEndTime() != null)
			.map(HistoricActivityInstance::getActivityId).distinct().toList();
		List<String> current = activities.stream().filter(a -> a.getEndTime() == null)
			.map(HistoricActivityInstance::getActivityId).distinct().toList();
		List<ProcessTrace.Step> steps = history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.orderByHistoricActivityInstanceStartTime().asc()
			.list().stream()
			.map(this::step)
			.filter(step -> step.candidateGroup() == null
					|| seesStepsOf.test(CandidateGroups.agencyOf(step.candidateGroup())))
			.toList();
		return new ProcessTrace(instance.getProcessDefinitionKey(), completed, current, steps);
	}

	private ProcessTrace.Step step(HistoricTaskInstance task) {
		return new ProcessTrace.Step(task.getTaskDefinitionKey(), task.getName(), candidateGroup(task.getId()),
				task.getAssignee(), instant(task.getStartTime()), instant(task.getEndTime()));
	}

	private String candidateGroup(String taskId) {
		return history.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE).list()
			.stream()
			.map(HistoricIdentityLinkLog::getGroupId)
			.filter(group -> group != null)
			.findFirst()
			.orElse(null);
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}
}
