package org.jointcase.tasks;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jointcase.calendar.Deadline;
import org.jointcase.calendar.DeadlinePeriod;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.cases.Cases;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor of the agency a task is addressed to extends its deadline, or suspends it while testing or appraisal
 * runs (that time does not count) and resumes it. The task's timers move with the deadline, and the case timeline
 * records each change with the reason.
 */
@Service
public class TaskDeadlines {

	private final Inbox inbox;
	private final InboxRepository repository;
	private final WorkingCalendar calendar;
	private final TaskService taskService;
	private final ManagementService management;
	private final Cases cases;

	TaskDeadlines(Inbox inbox, InboxRepository repository, WorkingCalendar calendar, TaskService taskService,
			ManagementService management, Cases cases) {
		this.inbox = inbox;
		this.repository = repository;
		this.calendar = calendar;
		this.taskService = taskService;
		this.management = management;
		this.cases = cases;
	}

	@Transactional
	public OpenTask extend(SignedInOfficer officer, String taskId, int workingDays, String reason) {
		OpenTask task = supervised(officer, taskId);
		if (task.suspendedAt() != null) {
			throw ApiProblem.conflict("taskId", "running-deadline", "Resume the deadline before extending it");
		}
		Deadline extended = calendar.extend(task.deadline(), DeadlinePeriod.workingDays(workingDays));
		reschedule(task, extended, null);
		record(officer, task, "DEADLINE_EXTENDED", "by " + workingDays + " working days to " + extended.dueDate()
				+ ": " + reason);
		return inbox.task(officer, taskId);
	}

	@Transactional
	public OpenTask suspend(SignedInOfficer officer, String taskId, String reason) {
		OpenTask task = supervised(officer, taskId);
		if (task.suspendedAt() != null) {
			throw ApiProblem.conflict("taskId", "running-deadline", "The deadline is suspended already");
		}
		Instant now = ClockUtil.getCurrentTime().toInstant();
		if (!now.isBefore(task.dueAt())) {
			throw ApiProblem.conflict("taskId", "before-due", "A deadline that has passed cannot be suspended");
		}
		repository.suspend(taskId, now);
		timers(task).forEach(job -> management.suspendJobById(job.getId()));
		record(officer, task, "DEADLINE_SUSPENDED", reason);
		return inbox.task(officer, taskId);
	}

	@Transactional
	public OpenTask resume(SignedInOfficer officer, String taskId, String reason) {
		OpenTask task = supervised(officer, taskId);
		if (task.suspendedAt() == null) {
			throw ApiProblem.conflict("taskId", "suspended-deadline", "The deadline is not suspended");
		}
		Deadline resumed = calendar.resume(task.deadline(), task.suspendedAt(), ClockUtil.getCurrentTime().toInstant());
		reschedule(task, resumed, null);
		timers(task).forEach(job -> management.activateJobById(job.getId()));
		record(officer, task, "DEADLINE_RESUMED", "now due " + resumed.dueDate() + ": " + reason);
		return inbox.task(officer, taskId);
	}

	private OpenTask supervised(SignedInOfficer officer, String taskId) {
		OpenTask task = repository.find(taskId, true)
			.filter(t -> officer.agencyCode().equals(t.agencyCode()))
			.orElseThrow(() -> ApiProblem.notFound("Task"));
		if (!officer.hasRole(Role.SUPERVISOR)) {
			throw ApiProblem.forbidden("Only a supervisor of the agency changes a deadline");
		}
		if (!task.open()) {
			throw new ApiProblem(HttpStatus.CONFLICT, null, null, "The task was already completed");
		}
		if (task.deadline() == null) {
			throw ApiProblem.conflict("taskId", "has-deadline", "This task has no deadline");
		}
		return task;
	}

	private void reschedule(OpenTask task, Deadline deadline, Instant suspendedAt) {
		repository.reschedule(task.id(), deadline, suspendedAt);
		Task engineTask = taskService.createTaskQuery().taskId(task.id()).singleResult();
		engineTask.setDueDate(Date.from(deadline.dueAt()));
		taskService.saveTask(engineTask);
		for (Job job : timers(task)) {
			String listener = ((JobEntity) job).getJobHandlerConfigurationRaw();
			Instant at = listener.contains(DeadlineTimers.REMINDER) ? deadline.reminderAt() : deadline.dueAt();
			management.setJobDuedate(job.getId(), Date.from(at));
		}
	}

	/** The reminder and overdue timers of this task (its execution, its step). */
	private List<Job> timers(OpenTask task) {
		String execution = taskService.createTaskQuery().taskId(task.id()).singleResult().getExecutionId();
		return management.createJobQuery().executionId(execution).timers().activityId(task.step()).list();
	}

	private void record(SignedInOfficer officer, OpenTask task, String type, String detail) {
		if (task.caseId() != null) {
			cases.recordEvent(task.caseId(), officer.username(), officer.agencyCode(), type,
					task.stepName() + ": " + detail);
		}
	}
}
