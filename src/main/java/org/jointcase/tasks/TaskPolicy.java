package org.jointcase.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jointcase.audit.Refusals;
import org.jointcase.calendar.DeadlineRules;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may see a task and do what on it, for every process; {@link Inbox} and {@link TaskDeadlines} ask it on every
 * path. The officer is taken as the directory has them now (their current agency and roles), claimed task or not:
 * <ul>
 * <li>A candidate of the task's group ({@code <agency>:<role>}) sees it, claims it and takes its step's actions;
 * claiming only narrows who in the group acts, so an assignee who lost the role or changed agency no longer sees it.
 * <li>A supervisor of the agency the task is addressed to sees it too: they extend, suspend and resume its deadline
 * and give a claimed task back to the group.
 * <li>The officer whose work the step approves ({@link OpenTask#approvesWorkOf}) never claims it or takes its
 * actions, whatever roles they hold: 403 with the rule {@value #SEPARATION_OF_DUTIES}.
 * </ul>
 * Anyone else gets 404, as for a task that does not exist; refusals are audited through {@link Refusals}. A task
 * closed or claimed by another officer meanwhile is a conflict (409), not a refusal.
 */
@Component
class TaskPolicy {

	static final String READ = "read";
	static final String CLAIM = "claim";
	static final String UNCLAIM = "unclaim";
	static final String EXTEND_DEADLINE = "extend-deadline";
	static final String SUSPEND_DEADLINE = "suspend-deadline";
	static final String RESUME_DEADLINE = "resume-deadline";

	static final String SEPARATION_OF_DUTIES = "separation-of-duties";

	private static final String TASK = "task";
	/** The 409s of a task that changed between the officer's read and their action. */
	static final String COMPLETED_MEANWHILE = "completed-meanwhile";
	static final String WITHDRAWN_MEANWHILE = "withdrawn-meanwhile";
	static final String CLAIMED_BY_SOMEONE_ELSE = "claimed-by-someone-else";
	private static final Pattern ACTION_NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");

	private final Refusals refusals;
	private final DeadlineRules rules;
	private final Clock clock;

	TaskPolicy(Refusals refusals, DeadlineRules rules, Clock clock) {
		this.clock = clock;
		this.refusals = refusals;
		this.rules = rules;
	}

	boolean mayRead(SignedInOfficer officer, OpenTask task) {
		return candidate(officer, task) || supervisesAgency(officer, task);
	}

	/** The groups the officer is a candidate of now: those the inbox lists the tasks of. */
	static List<String> groups(SignedInOfficer officer) {
		return CandidateGroups.of(officer.agencyCode(), officer.roles());
	}

	/**
	 * The task as {@code officer} may read it, with the actions they may take now among {@code stepActions} (the
	 * actions of its step) and those on the task itself. The read is audited ({@code task.read}), allowed or refused.
	 *
	 * @throws ApiProblem 404, audited, when the officer may not see the task
	 */
	OpenTask readable(SignedInOfficer officer, OpenTask task, Set<String> stepActions) {
		requireVisible(officer, task, READ);
		refusals.allowedRead(officer, auditAction(READ), TASK, task.id(), task.caseId());
		return task.withAllowedActions(allowedActions(officer, task, stepActions));
	}

	/** What {@code officer} may do on the task now: the actions {@link #require} lets through. */
	Set<String> allowedActions(SignedInOfficer officer, OpenTask task, Set<String> stepActions) {
		if (!mayRead(officer, task)) {
			return Set.of();
		}
		List<String> actions = new ArrayList<>(List.of(CLAIM, UNCLAIM));
		actions.addAll(stepActions);
		actions.addAll(List.of(EXTEND_DEADLINE, SUSPEND_DEADLINE, RESUME_DEADLINE));
		Set<String> allowed = new LinkedHashSet<>();
		for (String action : actions) {
			if (refusal(officer, task, action) == null) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/**
	 * Lets {@code officer} take {@code action} (one of the step's actions, or an action on the task itself) or answers
	 * why not: 404 when they may not see the task, 403 with the rule when they see it but may not act, 409 when the
	 * task's state stands in the way.
	 */
	void require(SignedInOfficer officer, OpenTask task, String action) {
		requireVisible(officer, task, action);
		Refusal refusal = refusal(officer, task, action);
		if (refusal == null) {
			return;
		}
		if (refusal.status() == HttpStatus.FORBIDDEN) {
			throw refusals.forbidden(officer, auditAction(action), TASK, task.id(), task.caseId(), refusal.rule(),
					refusal.detail());
		}
		throw new ApiProblem(refusal.status(), refusal.field(), refusal.rule(), refusal.detail());
	}

	/**
	 * Records that {@code officer} took {@code action} on the task, as {@link #require} let them: in the caller's
	 * transaction, so that the entry is kept only if the action commits. Step actions are recorded under their own
	 * name ({@code task.approve}), as their refusals are.
	 */
	void taken(SignedInOfficer officer, OpenTask task, String action) {
		refusals.allowedChange(officer, auditAction(action), TASK, task.id(), task.caseId());
	}

	/**
	 * Refuses an extension by {@code workingDays} that would take all extensions of the task's deadline past its
	 * rule's limit: 409 on field {@code workingDays} with the rule {@value TaskDeadlines#EXTENSION_LIMIT}.
	 */
	void requireWithinExtensionLimit(OpenTask task, int workingDays) {
		int left = extensionLeft(task);
		if (workingDays > left) {
			throw ApiProblem.conflict("workingDays", TaskDeadlines.EXTENSION_LIMIT,
					"The rule " + task.deadline().rule().code() + " allows " + rules.extensionLimit(task.deadline().rule())
							+ " working days of extension in all; " + task.extendedWorkingDays()
							+ " are granted, so at most " + Math.max(0, left) + " more");
		}
	}

	/** The refusal for a task that does not exist: the same 404 as for one the officer may not see, audited alike. */
	ApiProblem notFound(SignedInOfficer officer, String taskId, String action) {
		return refusals.notVisible(officer, auditAction(action), TASK, taskId, null, "Task");
	}

	void requireVisible(SignedInOfficer officer, OpenTask task, String action) {
		if (!mayRead(officer, task)) {
			throw refusals.notVisible(officer, auditAction(action), TASK, task.id(), task.caseId(), "Task");
		}
	}

	private Refusal refusal(SignedInOfficer officer, OpenTask task, String action) {
		if (!task.open()) {
			return InboxSync.CANCELLED.equals(task.outcome())
					? Refusal.conflict(null, WITHDRAWN_MEANWHILE, "The task ended at " + task.closedAt()
							+ " with its record: withdrawn or cancelled meanwhile")
					: Refusal.conflict(null, COMPLETED_MEANWHILE, "The task was already completed"
							+ (task.closedBy() == null ? "" : " by " + task.closedBy()) + " at " + task.closedAt());
		}
		return switch (action) {
			case CLAIM -> work(officer, task, action, task.assignee() == null);
			case UNCLAIM -> unclaim(officer, task);
			case EXTEND_DEADLINE, SUSPEND_DEADLINE, RESUME_DEADLINE -> deadline(officer, task, action);
			default -> work(officer, task, action,
					task.assignee() == null || task.assignee().equals(officer.username()));
		};
	}

	/**
	 * Claiming and the step's actions: for a candidate whose work the step does not approve, while the claim is
	 * {@code free} for them (unclaimed, or for the step's actions claimed by them).
	 */
	private static Refusal work(SignedInOfficer officer, OpenTask task, String action, boolean free) {
		if (!candidate(officer, task)) {
			return Refusal.forbidden("addressed-role",
					"Only a " + task.role() + " of " + task.agencyCode() + " may " + action + " this task");
		}
		if (officer.username().equals(task.approvesWorkOf())) {
			return Refusal.forbidden(SEPARATION_OF_DUTIES,
					"This step approves your own work: another officer of the group takes it");
		}
		return free ? null : claimedBy(task);
	}

	private static Refusal unclaim(SignedInOfficer officer, OpenTask task) {
		if (task.assignee() == null) {
			return Refusal.conflict(null, null, "The task is not claimed");
		}
		boolean own = task.assignee().equals(officer.username()) && candidate(officer, task);
		return own || supervisesAgency(officer, task) ? null : claimedBy(task);
	}

	private Refusal deadline(SignedInOfficer officer, OpenTask task, String action) {
		if (!supervisesAgency(officer, task)) {
			return Refusal.forbidden("agency-supervisor", "Only a supervisor of " + task.agencyCode()
					+ " changes the deadline of its tasks");
		}
		if (task.deadline() == null) {
			return Refusal.conflict("taskId", "has-deadline", "This task has no deadline");
		}
		boolean suspended = task.suspendedAt() != null;
		return switch (action) {
			case EXTEND_DEADLINE -> suspended
					? Refusal.conflict("taskId", "running-deadline", "Resume the deadline before extending it")
					: extensionLeft(task) <= 0 ? Refusal.conflict("workingDays", TaskDeadlines.EXTENSION_LIMIT,
							"The deadline has had all the extension its rule allows")
							: null;
			case SUSPEND_DEADLINE -> suspended
					? Refusal.conflict("taskId", "running-deadline", "The deadline is suspended already")
					: !clock.instant().isBefore(task.dueAt())
							? Refusal.conflict("taskId", "before-due", "A deadline that has passed cannot be suspended")
							: null;
			default -> suspended ? null
					: Refusal.conflict("taskId", "suspended-deadline", "The deadline is not suspended");
		};
	}

	private int extensionLeft(OpenTask task) {
		return rules.extensionLimit(task.deadline().rule()) - task.extendedWorkingDays();
	}

	private static boolean candidate(SignedInOfficer officer, OpenTask task) {
		return task.agencyCode() != null && groups(officer).contains(task.agencyCode() + ":" + task.role());
	}

	private static boolean supervisesAgency(SignedInOfficer officer, OpenTask task) {
		return officer.agencyCode().equals(task.agencyCode()) && officer.hasRole(Role.SUPERVISOR);
	}

	private static Refusal claimedBy(OpenTask task) {
		return Refusal.conflict(null, CLAIMED_BY_SOMEONE_ELSE, "The task is claimed by " + task.assignee());
	}

	/** The audit trail's code for the attempt; a name the policy does not know is recorded as {@code task.act}. */
	private static String auditAction(String action) {
		return ACTION_NAME.matcher(action).matches() ? TASK + "." + action : TASK + ".act";
	}

	private record Refusal(HttpStatus status, String field, String rule, String detail) {

		static Refusal forbidden(String rule, String detail) {
			return new Refusal(HttpStatus.FORBIDDEN, null, rule, detail);
		}

		static Refusal conflict(String field, String rule, String detail) {
			return new Refusal(HttpStatus.CONFLICT, field, rule, detail);
		}
	}
}
