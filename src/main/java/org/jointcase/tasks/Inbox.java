package org.jointcase.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.jointcase.web.Keyset;
import org.jointcase.web.PageResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox of an officer: the open tasks addressed to their agency and roles, and those assigned to them; and the
 * one way to act on a task. Who may act is decided here for every process: a candidate of the task's group, or its
 * assignee. Anyone else gets 404 for the task, as if it did not exist.
 */
@Service
public class Inbox {

	private static final int MAX_PAGE = 100;

	private final InboxRepository repository;
	private final TaskService taskService;
	// Looked up when needed: process modules' steps use services that use the inbox.
	private final ObjectProvider<ProcessSteps> steps;
	private final ObjectMapper json;
	private final Validator validator;

	Inbox(InboxRepository repository, TaskService taskService, ObjectProvider<ProcessSteps> steps, ObjectMapper json,
			Validator validator) {
		this.repository = repository;
		this.taskService = taskService;
		this.steps = steps;
		this.json = json;
		this.validator = validator;
	}

	/** Filters of the inbox; each is optional. {@code overdue=true} keeps only tasks whose deadline passed. */
	public record Filter(String process, String step, UUID caseId, Boolean overdue) {
	}

	/** One page of open tasks, soonest due first ({@code latestFirst} reverses it); tasks without deadline last. */
	public PageResponse<OpenTask> open(SignedInOfficer officer, Filter filter, boolean latestFirst, String cursor,
			int size) {
		int limit = Math.max(1, Math.min(size, MAX_PAGE));
		InboxRepository.Position after = Keyset.position(cursor,
				parts -> new InboxRepository.Position(Instant.parse(parts[0]), parts[1]));
		List<OpenTask> rows = repository.open(groups(officer), officer.username(),
				new InboxRepository.InboxFilter(filter.process(), filter.step(), filter.caseId(), filter.overdue()),
				Instant.now(), latestFirst, after, limit + 1);
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			OpenTask last = rows.get(limit - 1);
			next = Keyset.cursor(last.dueAt() == null ? InboxRepository.NO_DEADLINE : last.dueAt(), last.id());
		}
		return new PageResponse<>(rows, next);
	}

	/** The task, if the officer is a candidate of it or its assignee (open or closed); otherwise 404. */
	public OpenTask task(SignedInOfficer officer, String taskId) {
		return visible(officer, repository.find(taskId, false));
	}

	/** The actions the officer may take at the task's step. */
	public Set<String> actions(SignedInOfficer officer, String taskId) {
		return actionTypes(officer, taskId).keySet();
	}

	/**
	 * The actions the officer may take at the task's step, each with the record type its body must fit (what
	 * {@link #act} validates against), so that a form can be built for it; empty once the task is closed.
	 */
	public Map<String, Class<?>> actionTypes(SignedInOfficer officer, String taskId) {
		OpenTask task = task(officer, taskId);
		return task.open() ? stepsOf(task).actionsAt(task.step()) : Map.of();
	}

	/** How many of the officer's open tasks (all of {@link #open}'s list) each process has, and how many are overdue. */
	public List<ProcessCount> counts(SignedInOfficer officer) {
		return repository.counts(groups(officer), officer.username(), Instant.now());
	}

	public record ProcessCount(String process, long open, long overdue) {
	}

	/**
	 * A coordinator's view of the open work in their agency's region (the region and every region inside it): open
	 * and overdue tasks per agency and process, and at most {@code oldestOverdue} overdue tasks, the longest overdue
	 * first. Other officers get 403.
	 */
	public RegionOverview overview(SignedInOfficer coordinator, int oldestOverdue) {
		if (!coordinator.hasRole(Role.COORDINATOR)) {
			throw ApiProblem.forbidden("Only a coordinator sees the overview of a region");
		}
		String region = coordinator.agency().regionCode();
		Instant now = Instant.now();
		return new RegionOverview(region, repository.loads(region, now),
				repository.overdue(region, now, Math.max(1, Math.min(oldestOverdue, MAX_PAGE))));
	}

	/** Open work of one process at one agency. */
	public record Load(String agencyCode, String process, long open, long overdue) {
	}

	public record RegionOverview(String regionCode, List<Load> loads, List<OpenTask> oldestOverdue) {
	}

	@Transactional
	public OpenTask claim(SignedInOfficer officer, String taskId) {
		OpenTask task = actionable(officer, taskId);
		if (task.assignee() == null) {
			taskService.setAssignee(taskId, officer.username());
		}
		return task(officer, taskId);
	}

	/** Gives a claimed task back to the group: its assignee, or a supervisor of the agency it is addressed to. */
	@Transactional
	public OpenTask unclaim(SignedInOfficer officer, String taskId) {
		OpenTask task = visible(officer, repository.find(taskId, true));
		boolean supervisor = officer.agencyCode().equals(task.agencyCode())
				&& officer.hasRole(Role.SUPERVISOR);
		if (!task.open()) {
			throw closed(task);
		}
		if (task.assignee() != null && !task.assignee().equals(officer.username()) && !supervisor) {
			throw claimedByOther(task);
		}
		taskService.setAssignee(taskId, null);
		return task(officer, taskId);
	}

	/**
	 * Takes {@code action} on the task with {@code body}, validated against the action's record type. Exactly one
	 * completion wins: the inbox row is locked first, so a second officer (or a retry) gets 409.
	 */
	@Transactional
	public void act(SignedInOfficer officer, String taskId, String action, JsonNode body) {
		OpenTask task = actionable(officer, taskId);
		ProcessSteps process = stepsOf(task);
		Class<?> type = process.actionsAt(task.step()).get(action);
		if (type == null) {
			throw ApiProblem.invalid("action", "one-of", "At " + task.step() + " the actions are "
					+ process.actionsAt(task.step()).keySet());
		}
		Object input = parse(body, type);
		Set<ConstraintViolation<Object>> violations = validator.validate(input);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		Map<String, Object> variables = process.act(task, officer, action, input);
		try {
			if (task.assignee() == null) {
				taskService.setAssignee(taskId, officer.username());
			}
			taskService.setVariableLocal(taskId, InboxSync.ACTION, action);
			taskService.complete(taskId, variables);
		}
		catch (OptimisticLockingException | NullValueException | org.camunda.bpm.engine.exception.NotFoundException gone) {
			throw new ApiProblem(HttpStatus.CONFLICT, null, null, "The task was completed meanwhile");
		}
	}

	/** The open and closed tasks of a process instance, for its record page; access is the caller's to decide. */
	public List<OpenTask> ofProcess(String processInstanceId) {
		return repository.ofProcess(processInstanceId);
	}

	private OpenTask actionable(SignedInOfficer officer, String taskId) {
		OpenTask task = visible(officer, repository.find(taskId, true));
		if (!task.open()) {
			throw closed(task);
		}
		if (task.assignee() != null && !task.assignee().equals(officer.username())) {
			throw claimedByOther(task);
		}
		return task;
	}

	private OpenTask visible(SignedInOfficer officer, Optional<OpenTask> found) {
		return found.filter(task -> officer.username().equals(task.assignee())
				|| (task.agencyCode() != null && groups(officer).contains(task.agencyCode() + ":" + task.role())))
			.orElseThrow(() -> ApiProblem.notFound("Task"));
	}

	private ProcessSteps stepsOf(OpenTask task) {
		return steps.stream()
			.filter(process -> process.processKey().equals(task.process()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No ProcessSteps for process " + task.process()));
	}

	private Object parse(JsonNode body, Class<?> type) {
		try {
			return json.treeToValue(body == null || body.isNull() ? json.createObjectNode() : body, type);
		}
		catch (JsonProcessingException | IllegalArgumentException invalid) {
			throw ApiProblem.invalid("body", "shape", "The body does not fit this action: " + invalid.getMessage());
		}
	}

	private static ApiProblem closed(OpenTask task) {
		return new ApiProblem(HttpStatus.CONFLICT, null, null, "The task was already completed"
				+ (task.closedBy() == null ? "" : " by " + task.closedBy()) + " at " + task.closedAt());
	}

	private static ApiProblem claimedByOther(OpenTask task) {
		return new ApiProblem(HttpStatus.CONFLICT, null, null, "The task is claimed by " + task.assignee());
	}

	static List<String> groups(SignedInOfficer officer) {
		return CandidateGroups.of(officer.agencyCode(), officer.roles());
	}
}
