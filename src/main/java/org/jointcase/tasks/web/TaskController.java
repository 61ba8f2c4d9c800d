package org.jointcase.tasks.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.idempotency.Idempotency;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.DeadlineNotice;
import org.jointcase.tasks.Inbox;
import org.jointcase.tasks.Notices;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.TaskDeadlines;
import org.jointcase.tasks.TaskLimits;
import org.jointcase.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TaskController {

	private final Inbox inbox;
	private final TaskDeadlines deadlines;
	private final Notices notices;

	TaskController(Inbox inbox, TaskDeadlines deadlines, Notices notices) {
		this.inbox = inbox;
		this.deadlines = deadlines;
		this.notices = notices;
	}

	/**
	 * The officer's inbox: open tasks of their agency and roles, and their own, soonest due first; {@code q} searches
	 * case references and titles, {@code claimed} keeps claimed (true) or unclaimed (false) tasks, {@code mine} the
	 * officer's own claims.
	 */
	@GetMapping("/api/tasks")
	PageResponse<OpenTask> tasks(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestParam(required = false) String process, @RequestParam(required = false) String step,
			@RequestParam(required = false) UUID caseId, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @Size(max = 200) String q, @RequestParam(required = false) Boolean claimed,
			@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "dueAt") @jakarta.validation.constraints.Pattern(regexp = "-?dueAt") String sort,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return inbox.open(officer, new Inbox.Filter(process, step, caseId, overdue, q, claimed, mine),
				sort.startsWith("-"), cursor, size);
	}

	/** One task with the actions the officer may take at it now. */
	@GetMapping("/api/tasks/{id}")
	TaskDetail task(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id) {
		return new TaskDetail(inbox.task(officer, id), inbox.actions(officer, id));
	}

	record TaskDetail(OpenTask task, Set<String> actions) {
	}

	/** Claims the task for the officer; another officer's claim answers 409. */
	@PostMapping("/api/tasks/{id}/claim")
	OpenTask claim(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id) {
		return inbox.claim(officer, id);
	}

	/** Gives a claimed task back to its candidates. */
	@PostMapping("/api/tasks/{id}/unclaim")
	OpenTask unclaim(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id) {
		return inbox.unclaim(officer, id);
	}

	/**
	 * Completes the task with one of the actions of its step; the body's fields depend on the action. Repeat it with
	 * the same {@code Idempotency-Key} and body to learn that it went through (204 again, not 409).
	 */
	@PostMapping("/api/tasks/{id}/actions/{action}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void act(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id, @PathVariable String action,
			@RequestHeader(name = Idempotency.HEADER, required = false)
			@Size(max = Idempotency.MAX_KEY_LENGTH) String idempotencyKey,
			@RequestBody(required = false) JsonNode body) {
		inbox.act(officer, id, action, body, idempotencyKey);
	}

	/** Extends the task's deadline by working days, with a reason (a supervisor of the task's agency). */
	@PostMapping("/api/tasks/{id}/deadline/extension")
	OpenTask extend(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id,
			@Valid @RequestBody Extension extension) {
		return deadlines.extend(officer, id, extension.workingDays(), extension.reason());
	}

	record Extension(@NotNull @Min(1) @Max(60) Integer workingDays,
			@NotBlank @Size(max = TaskLimits.DEADLINE_REASON) String reason) {
	}

	/** Suspends the task's deadline clock, with a reason. */
	@PostMapping("/api/tasks/{id}/deadline/suspension")
	OpenTask suspend(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id,
			@Valid @RequestBody Reason reason) {
		return deadlines.suspend(officer, id, reason.reason());
	}

	/** Resumes a suspended deadline clock; the due date moves by the working days it was suspended. */
	@PostMapping("/api/tasks/{id}/deadline/resumption")
	OpenTask resume(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id,
			@Valid @RequestBody Reason reason) {
		return deadlines.resume(officer, id, reason.reason());
	}

	record Reason(@NotBlank @Size(max = TaskLimits.DEADLINE_REASON) String reason) {
	}

	/**
	 * Reminders and supervision entries (督办) addressed to the officer's agency and roles, newest first, in keyset
	 * pages; unacknowledged ones only unless {@code all}; filters {@code kind}, {@code process}, {@code step},
	 * {@code caseId} as the inbox has them.
	 */
	@GetMapping("/api/notices")
	PageResponse<DeadlineNotice> notices(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) DeadlineNotice.Kind kind,
			@RequestParam(required = false) String process, @RequestParam(required = false) String step,
			@RequestParam(required = false) UUID caseId, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return notices.page(officer, new Notices.Filter(kind, process, step, caseId, all), cursor, size);
	}

	/** Acknowledges a reminder or supervision notice addressed to the officer's agency. */
	@PostMapping("/api/notices/{id}/acknowledgement")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void acknowledge(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		notices.acknowledge(officer, id);
	}
}
