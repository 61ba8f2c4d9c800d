package org.jointcase.tasks;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jointcase.calendar.Deadline;
import org.jointcase.calendar.DeadlinePeriod;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor of the agency a task is addressed to extends its deadline, or suspends it while testing or appraisal
 * runs (that time does not count) and resumes it ({@link TaskPolicy} decides who). All extensions of one deadline
 * together stay within its rule's limit ({@code jointcase.deadlines.extension-limits.*}). The task's notices
 * ({@link DeadlineWatch}) move with the deadline, and the case timeline records each change with the reason; the
 * audit trail records each change an officer makes here, in its transaction.
 */
@Service
public class TaskDeadlines {

	/** The rule of the refusal of an extension past the limit of the deadline's rule. */
	public static final String EXTENSION_LIMIT = "extension-limit";

	private final Inbox inbox;
	private final InboxRepository repository;
	private final TaskPolicy policy;
	private final WorkingCalendar calendar;
	private final TaskService taskService;
	private final CaseProcessing processing;
	private final Clock clock;

	TaskDeadlines(Inbox inbox, InboxRepository repository, TaskPolicy policy, WorkingCalendar calendar,
			TaskService taskService, CaseProcessing processing, Clock clock) {
		this.inbox = inbox;
		this.repository = repository;
		this.policy = policy;
		this.calendar = calendar;
		this.taskService = taskService;
		this.processing = processing;
		this.clock = clock;
	}

	/**
	 * Extends the deadline by {@code workingDays}; refused with 409 (rule {@code extension-limit}, field
	 * {@code workingDays}) when all extensions of the deadline would pass its rule's limit.
	 */
	@Transactional
	public OpenTask extend(SignedInOfficer officer, String taskId, int workingDays, String reason) {
		OpenTask task = supervised(officer, taskId, TaskPolicy.EXTEND_DEADLINE);
		extend(task, workingDays, officer.username(), officer.agencyCode(), reason);
		policy.taken(officer, task, TaskPolicy.EXTEND_DEADLINE);
		return inbox.afterChange(officer, taskId);
	}

	/**
	 * Extends the deadline of an open task as another step of its process decided (the requester of an assistance
	 * request grants the agency it asked more time). The calling module has checked who may decide; the rule's
	 * extension limit applies, and the notices move, as with {@link #extend(SignedInOfficer, String, int, String)}.
	 */
	@Transactional
	public void extendAsDecided(String taskId, int workingDays, String by, String byAgency, String reason) {
		OpenTask task = repository.find(taskId, true).filter(OpenTask::open)
			.orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, null, null, "The task was already completed"));
		if (task.deadline() == null || task.suspendedAt() != null) {
			throw ApiProblem.conflict("taskId", "running-deadline", "This task has no running deadline to extend");
		}
		extend(task, workingDays, by, byAgency, reason);
	}

	private void extend(OpenTask task, int workingDays, String by, String byAgency, String reason) {
		policy.requireWithinExtensionLimit(task, workingDays);
		Deadline extended = calendar.extend(task.deadline(), DeadlinePeriod.workingDays(workingDays));
		reschedule(task, extended, workingDays);
		record(by, byAgency, task, "DEADLINE_EXTENDED", "+" + workingDays + " → "
				+ extended.dueDate() + ": " + reason);
	}

	@Transactional
	public OpenTask suspend(SignedInOfficer officer, String taskId, String reason) {
		OpenTask task = supervised(officer, taskId, TaskPolicy.SUSPEND_DEADLINE);
		repository.suspend(taskId, clock.instant());
		record(officer.username(), officer.agencyCode(), task, "DEADLINE_SUSPENDED", reason);
		policy.taken(officer, task, TaskPolicy.SUSPEND_DEADLINE);
		return inbox.afterChange(officer, taskId);
	}

	@Transactional
	public OpenTask resume(SignedInOfficer officer, String taskId, String reason) {
		OpenTask task = supervised(officer, taskId, TaskPolicy.RESUME_DEADLINE);
		Deadline resumed = calendar.resume(task.deadline(), task.suspendedAt(), clock.instant());
		reschedule(task, resumed, 0);
		record(officer.username(), officer.agencyCode(), task, "DEADLINE_RESUMED",
				"→ " + resumed.dueDate() + ": " + reason);
		policy.taken(officer, task, TaskPolicy.RESUME_DEADLINE);
		return inbox.afterChange(officer, taskId);
	}

	private OpenTask supervised(SignedInOfficer officer, String taskId, String action) {
		OpenTask task = repository.find(taskId, true).orElseThrow(() -> policy.notFound(officer, taskId, action));
		policy.require(officer, task, action);
		return task;
	}

	/** Moves the task's due date and its notices; a suspended deadline runs again. */
	private void reschedule(OpenTask task, Deadline deadline, int extendedBy) {
		repository.reschedule(task.id(), deadline, extendedBy, clock.instant());
		Task engineTask = taskService.createTaskQuery().taskId(task.id()).singleResult();
		engineTask.setDueDate(Date.from(deadline.dueAt()));
		taskService.saveTask(engineTask);
	}

	private void record(String by, String byAgency, OpenTask task, String type, String detail) {
		if (task.caseId() != null) {
			processing.recordEvent(task.caseId(), by, byAgency, type, detail);
		}
	}
}
