package org.jointcase.operations;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.jointcase.audit.Refusals;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * What operators see of the engine and may do to it: incidents and failed jobs, newest first, at most {@value #LIMIT}
 * of each, and retrying a failed job. Operators alone, whatever other roles an officer holds; anyone else is refused
 * through {@link Refusals}. The answers carry no case data (see {@link Incident} and {@link FailedJob}).
 */
@Service
public class Operations {

	static final int LIMIT = 200;

	private static final String RULE = "operators-only";

	private final RuntimeService runtime;
	private final ManagementService management;
	private final RepositoryService repository;
	private final Refusals refusals;

	Operations(RuntimeService runtime, ManagementService management, RepositoryService repository,
			Refusals refusals) {
		this.runtime = runtime;
		this.management = management;
		this.repository = repository;
		this.refusals = refusals;
	}

	public List<Incident> incidents(SignedInOfficer officer) {
		requireOperator(officer, "incident.list", "incidents");
		List<org.camunda.bpm.engine.runtime.Incident> incidents = runtime.createIncidentQuery()
			.orderByIncidentTimestamp().desc().listPage(0, LIMIT);
		Map<String, String> keys = definitionKeys(incidents.stream()
			.map(org.camunda.bpm.engine.runtime.Incident::getProcessDefinitionId).distinct().toList());
		return incidents.stream()
			.map(incident -> new Incident(incident.getId(), incident.getIncidentType(),
					keys.get(incident.getProcessDefinitionId()), incident.getProcessInstanceId(),
					incident.getActivityId(), instant(incident.getIncidentTimestamp()),
					"failedJob".equals(incident.getIncidentType()) ? incident.getConfiguration() : null))
			.toList();
	}

	public List<FailedJob> failedJobs(SignedInOfficer officer) {
		requireOperator(officer, "job.list", "failed-jobs");
		return management.createJobQuery().withException().orderByJobId().desc().listPage(0, LIMIT).stream()
			.map(Operations::failedJob)
			.toList();
	}

	/**
	 * Gives a failed job {@code retries} more attempts (1 to 10); the engine runs it again as soon as it can and
	 * resolves its incident. Answers 404 for a job that does not exist or has not failed.
	 */
	public FailedJob retry(SignedInOfficer officer, String jobId, int retries) {
		requireOperator(officer, "job.retry", jobId);
		if (retries < 1 || retries > 10) {
			throw ApiProblem.invalid("retries", "range", "retries must be between 1 and 10");
		}
		if (management.createJobQuery().jobId(jobId).withException().count() == 0) {
			throw ApiProblem.notFound("Failed job");
		}
		management.setJobRetries(jobId, retries);
		refusals.allowedChange(officer, "job.retry", "job", jobId, null);
		return failedJob(management.createJobQuery().jobId(jobId).singleResult());
	}

	private void requireOperator(SignedInOfficer officer, String action, String target) {
		if (!officer.hasRole(Role.OPERATOR)) {
			throw refusals.forbidden(officer, action, "engine", target, null, RULE,
					"Only operators see and retry the engine's incidents and failed jobs");
		}
	}

	/** The keys of the process definitions of these ids. */
	Map<String, String> definitionKeys(List<String> definitionIds) {
		if (definitionIds.isEmpty()) {
			return Map.of();
		}
		return repository.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds.toArray(String[]::new))
			.list().stream()
			.collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
	}

	private static FailedJob failedJob(Job job) {
		return new FailedJob(job.getId(), job.getProcessDefinitionKey(), job.getProcessInstanceId(),
				job.getFailedActivityId(), job.getRetries(), instant(job.getDuedate()), instant(job.getCreateTime()));
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}
}
