package org.jointcase.tasks;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.variable.Variables;
import org.jointcase.audit.AuditEvent;
import org.jointcase.audit.AuditOutcome;
import org.jointcase.audit.AuditTrail;
import org.jointcase.idempotency.Idempotency;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.jointcase.web.FieldError;
import org.jointcase.web.Keyset;
import org.jointcase.web.PageResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox of an officer: the open tasks addressed to their agency and roles as the directory has them now; and the
 * one way to act on a task. Who may see and do what is {@link TaskPolicy}'s to decide, for every process; each task
 * read here carries the actions its reader may take ({@link OpenTask#allowedActions}). Every list, read, claim,
 * unclaim and action is in the audit trail: lists and reads as attempts, the changes in the transaction that makes
 * them.
 */
@Service
public class Inbox {

	private static final int MAX_PAGE = 100;

	private final InboxRepository repository;
	private final TaskPolicy policy;
	private final OverviewPolicy overviews;
	private final TaskService taskService;
	// Looked up at first use: process modules' steps use services that use the inbox.
	private final ObjectProvider<ProcessSteps> steps;
	private volatile Map<String, ProcessSteps> stepsByProcess;
	private final ObjectMapper json;
	private final Validator validator;
	private final AuditTrail audit;
	private final Idempotency idempotency;

	Inbox(InboxRepository repository, TaskPolicy policy, OverviewPolicy overviews, TaskService taskService,
			ObjectProvider<ProcessSteps> steps, ObjectMapper json, Validator validator,
			AuditTrail audit, Idempotency idempotency) {
		this.repository = repository;
		this.policy = policy;
		this.overviews = overviews;
		this.taskService = taskService;
		this.steps = steps;
		this.json = json;
		this.validator = validator;
		this.audit = audit;
		this.idempotency = idempotency;
	}

	/**
	 * Filters of the inbox; each is optional. {@code overdue=true} keeps only tasks whose deadline passed; {@code text}
	 * keeps tasks whose case reference or title contains it (ignoring case); {@code claimed} true keeps claimed
	 * tasks, false unclaimed ones; {@code mine} keeps the tasks the officer claimed.
	 */
	public record Filter(String process, String step, UUID caseId, Boolean overdue, String text, Boolean claimed,
			boolean mine) {

		public Filter(String process, String step, UUID caseId, Boolean overdue) {
			this(process, step, caseId, overdue, null, null, false);
		}
	}

	/**
	 * One page of the open tasks addressed to the officer's groups, soonest due first ({@code latestFirst} reverses
	 * it); tasks without deadline last. Each page is one {@code task.list} entry of the trail.
	 */
	public PageResponse<OpenTask> open(SignedInOfficer officer, Filter filter, boolean latestFirst, String cursor,
			int size) {
		int limit = Math.max(1, Math.min(size, MAX_PAGE));
		InboxRepository.Position after = Keyset.position(cursor,
				parts -> new InboxRepository.Position(Instant.parse(parts[0]), parts[1]));
		List<OpenTask> rows = repository.open(TaskPolicy.groups(officer),
				new InboxRepository.InboxFilter(filter.process(), filter.step(), filter.caseId(), filter.overdue(),
						filter.text() == null || filter.text().isBlank() ? null : filter.text().trim(), filter.claimed(),
						filter.mine() ? officer.username() : null),
				Instant.now(), latestFirst, after, limit + 1);
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			OpenTask last = rows.get(limit - 1);
			next = Keyset.cursor(last.dueAt() == null ? InboxRepository.NO_DEADLINE : last.dueAt(), last.id());
		}
		audit.recordAttempt(AuditEvent.by(officer, "task.list", "task", "list", filter.caseId(), AuditOutcome.ALLOWED,
				rows.size() + " tasks"));
		return new PageResponse<>(rows.stream()
			.map(task -> task.withAllowedActions(policy.allowedActions(officer, task, stepActions(task))))
			.toList(), next);
	}

	/**
	 * The task (open or closed) with the actions the officer may take now, if they may see it; otherwise 404. Each
	 * call is one {@code task.read} entry of the trail, allowed or refused.
	 */
	public OpenTask task(SignedInOfficer officer, String taskId) {
		OpenTask task = find(officer, taskId, false, TaskPolicy.READ);
		return policy.readable(officer, task, stepActions(task));
	}

	/**
	 * The task as the officer sees it after a change they made, with the actions they may take now: not a read of its
	 * own in the trail, since the change is.
	 */
	OpenTask afterChange(SignedInOfficer officer, String taskId) {
		OpenTask task = find(officer, taskId, false, TaskPolicy.READ);
		return task.withAllowedActions(policy.allowedActions(officer, task, stepActions(task)));
	}

	/**
	 * The task as the officer may see it (404 otherwise, audited), for what a caller shows beside {@link #task}: not
	 * recorded as a read again.
	 */
	private OpenTask alongsideRead(SignedInOfficer officer, String taskId) {
		OpenTask task = find(officer, taskId, false, TaskPolicy.READ);
		policy.requireVisible(officer, task, TaskPolicy.READ);
		return task.withAllowedActions(policy.allowedActions(officer, task, stepActions(task)));
	}

	/**
	 * The actions of the task's step that the officer may take now. Shown with the task read by {@link #task}, it is
	 * not a read of its own in the trail; an officer who may not see the task gets 404 as there.
	 */
	public Set<String> actions(SignedInOfficer officer, String taskId) {
		OpenTask task = alongsideRead(officer, taskId);
		return task.allowedActions().stream().filter(stepActions(task)::contains)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * The actions at the task's step, each with the record type its body must fit (what {@link #act} validates
	 * against), so that a form can be built for it; empty once the task is closed. Which of them the officer may take
	 * now is {@link OpenTask#allowedActions}. Like {@link #actions}, not a read of its own in the trail.
	 */
	public Map<String, Class<?>> actionTypes(SignedInOfficer officer, String taskId) {
		OpenTask task = alongsideRead(officer, taskId);
		return task.open() ? stepsOf(task).actionsAt(task.step()) : Map.of();
	}

	/** How many of the officer's open tasks (all of {@link #open}'s list) each process has, and how many are overdue. */
	public List<ProcessCount> counts(SignedInOfficer officer) {
		return repository.counts(TaskPolicy.groups(officer), Instant.now());
	}

	public record ProcessCount(String process, long open, long overdue) {
	}

	/** The steps the officer's open tasks are at, by process: what the inbox's step filter offers. */
	public List<ProcessStep> steps(SignedInOfficer officer) {
		return repository.steps(TaskPolicy.groups(officer));
	}

	public record ProcessStep(String process, String step) {
	}

	/**
	 * A coordinator's view of the open work in their agency's region (the region and every region inside it): open
	 * and overdue tasks per agency and process, and at most {@code oldestOverdue} overdue tasks, the longest overdue
	 * first. Other officers get 403 ({@link OverviewPolicy}).
	 */
	public RegionOverview overview(SignedInOfficer coordinator, int oldestOverdue) {
		String region = overviews.readableRegion(coordinator);
		Instant now = Instant.now();
		return new RegionOverview(region, repository.loads(region, now),
				repository.overdue(region, now, Math.max(1, Math.min(oldestOverdue, MAX_PAGE))).stream()
					.map(task -> task.withAllowedActions(policy.allowedActions(coordinator, task, stepActions(task))))
					.toList());
	}

	/** Open work of one process at one agency. */
	/** Open tasks of one agency and process: how many, how many overdue, how many due soon (past their reminder). */
	public record Load(String agencyCode, String process, long open, long overdue, long soonDue) {
	}

	/**
	 * The open tasks of one agency in the coordinator's region, soonest due first, at most {@code limit}: what the
	 * overview's figures for that agency are made of. Other officers get 403 ({@link OverviewPolicy}); an agency
	 * outside the region has no tasks here.
	 */
	public List<OpenTask> openOfAgency(SignedInOfficer coordinator, String agencyCode, int limit) {
		String region = overviews.readableRegion(coordinator);
		return repository.openOfAgency(region, agencyCode, Instant.now(), Math.max(1, Math.min(limit, MAX_PAGE)))
			.stream()
			.map(task -> task.withAllowedActions(policy.allowedActions(coordinator, task, stepActions(task))))
			.toList();
	}

	public record RegionOverview(String regionCode, List<Load> loads, List<OpenTask> oldestOverdue) {
	}

	@Transactional
	public OpenTask claim(SignedInOfficer officer, String taskId) {
		OpenTask task = find(officer, taskId, true, TaskPolicy.CLAIM);
		policy.require(officer, task, TaskPolicy.CLAIM);
		taskService.setAssignee(taskId, officer.username());
		policy.taken(officer, task, TaskPolicy.CLAIM);
		return afterChange(officer, taskId);
	}

	/** Gives a claimed task back to the group: its assignee, or a supervisor of the agency it is addressed to. */
	@Transactional
	public OpenTask unclaim(SignedInOfficer officer, String taskId) {
		OpenTask task = find(officer, taskId, true, TaskPolicy.UNCLAIM);
		policy.require(officer, task, TaskPolicy.UNCLAIM);
		taskService.setAssignee(taskId, null);
		policy.taken(officer, task, TaskPolicy.UNCLAIM);
		return afterChange(officer, taskId);
	}

	/**
	 * Takes {@code action} on the task with {@code body}, validated against the action's record type. Exactly one
	 * completion wins: the record's row is locked first ({@link ProcessSteps#lockRecord}), then the inbox row, so a
	 * second officer (or a retry) gets 409 — {@code completed-meanwhile}, {@code withdrawn-meanwhile} when the task
	 * ended with its record, {@code claimed-by-someone-else} — on whichever node. With an {@code idempotencyKey}, a
	 * retry of the same action with the same body answers as the first did ({@link Idempotency}). The action is
	 * recorded in the trail in this transaction: an action whose process step fails leaves no entry.
	 */
	public void act(SignedInOfficer officer, String taskId, String action, JsonNode body, String idempotencyKey) {
		record Action(String taskId, String action, JsonNode body) {
		}
		idempotency.once(new Idempotency.Request(officer.username(), idempotencyKey, "task.act",
				new Action(taskId, action, body)), () -> complete(officer, taskId, action, body));
	}

	private void complete(SignedInOfficer officer, String taskId, String action, JsonNode body) {
		OpenTask unlocked = find(officer, taskId, false, action);
		policy.requireVisible(officer, unlocked, action);
		ProcessSteps process = stepsOf(unlocked);
		process.lockRecord(unlocked.recordId());
		OpenTask task = find(officer, taskId, true, action);
		Class<?> type = process.actionsAt(task.step()).get(action);
		if (type == null) {
			throw ApiProblem.invalid("action", "one-of", "At " + task.step() + " the actions are "
					+ process.actionsAt(task.step()).keySet());
		}
		policy.require(officer, task, action);
		Object input = parse(body, type);
		Set<ConstraintViolation<Object>> violations = validator.validate(input);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		Map<String, Object> variables = process.act(task, officer, action, input);
		policy.taken(officer, task, action);
		try {
			if (task.assignee() == null) {
				taskService.setAssignee(taskId, officer.username());
			}
			// The action goes with the completion, transient: the inbox's listener reads it, the engine never stores it.
			taskService.complete(taskId, Variables.fromMap(variables)
				.putValueTyped(InboxSync.ACTION, Variables.stringValue(action, true)));
		}
		catch (NullValueException | org.camunda.bpm.engine.exception.NotFoundException gone) {
			throw ApiProblem.conflict(null, TaskPolicy.COMPLETED_MEANWHILE, "The task was completed meanwhile");
		}
	}

	/**
	 * How many tasks of {@code step} in {@code process} the agency completed with {@code action} in [from, to): what a
	 * campaign report pre-fills (transfers approved, assistance replies approved). Counts only, no task content.
	 */
	public long completedCount(String agencyCode, String process, String step, String action, Instant from,
			Instant to) {
		return repository.completed(agencyCode, process, step, action, from, to);
	}

	/** The open and closed tasks of a process instance, for its record page; access is the caller's to decide. */
	public List<OpenTask> ofProcess(String processInstanceId) {
		return repository.ofProcess(processInstanceId);
	}

	/** The task's inbox row ({@code lock}ed for a change); a task that does not exist is refused like a hidden one. */
	private OpenTask find(SignedInOfficer officer, String taskId, boolean lock, String action) {
		return repository.find(taskId, lock).orElseThrow(() -> policy.notFound(officer, taskId, action));
	}

	private Set<String> stepActions(OpenTask task) {
		return task.open() ? stepsOf(task).actionsAt(task.step()).keySet() : Set.of();
	}

	private ProcessSteps stepsOf(OpenTask task) {
		Map<String, ProcessSteps> known = stepsByProcess;
		if (known == null) {
			known = steps.stream().collect(Collectors.toUnmodifiableMap(ProcessSteps::processKey, process -> process));
			stepsByProcess = known;
		}
		ProcessSteps process = known.get(task.process());
		if (process == null) {
			throw new IllegalStateException("No ProcessSteps for process " + task.process());
		}
		return process;
	}

	private Object parse(JsonNode body, Class<?> type) {
		try {
			return json.treeToValue(body == null || body.isNull() ? json.createObjectNode() : body, type);
		}
		catch (MismatchedInputException mismatch) {
			FieldError error = FieldError.of(mismatch);
			throw ApiProblem.invalid(error.field(), error.rule(), error.field() + " " + error.message());
		}
		catch (JsonProcessingException | IllegalArgumentException invalid) {
			throw ApiProblem.invalid("body", "shape", "The body does not fit this action");
		}
	}
}
