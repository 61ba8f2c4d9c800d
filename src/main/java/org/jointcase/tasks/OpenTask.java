package org.jointcase.tasks;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jointcase.calendar.Deadline;

/**
 * A user task as the inbox shows it: which process and step, about which case, addressed to which role of which
 * agency, and its deadline with the rule behind it. {@code overdue} and {@code soonDue} (80 % of the period gone)
 * are computed when it is read.
 *
 * @param approvesWorkOf the officer whose work this step approves (who proposed, requested or drafted it), who never
 *        acts on it; {@code null} for a step that approves nobody's work
 * @param extendedWorkingDays the working days all extensions of its deadline have added so far
 * @param allowedActions what the reading officer may do now ({@link TaskPolicy}): {@code claim}, {@code unclaim}, the
 *        step's actions, {@code extend-deadline}, {@code suspend-deadline}, {@code resume-deadline}; empty where the
 *        task was read for no officer (the steps of a process record, {@link Inbox#ofProcess})
 */
public record OpenTask(String id, String process, String recordId, String step, String stepName, UUID caseId,
		String caseReference, String caseTitle, String agencyCode, String role, String assignee, Instant createdAt,
		Deadline deadline, Instant dueAt, Instant suspendedAt, boolean overdue, boolean soonDue, Instant closedAt,
		String closedBy, String outcome, String approvesWorkOf, int extendedWorkingDays, Set<String> allowedActions) {

	public OpenTask {
		// In the order the policy lists them, so that pages and clients show them alike.
		allowedActions = allowedActions == null ? Set.of()
				: Collections.unmodifiableSet(new LinkedHashSet<>(allowedActions));
	}

	public boolean open() {
		return closedAt == null;
	}

	/** The same task with the actions its reader may take now. */
	OpenTask withAllowedActions(Set<String> actions) {
		return new OpenTask(id, process, recordId, step, stepName, caseId, caseReference, caseTitle, agencyCode, role,
				assignee, createdAt, deadline, dueAt, suspendedAt, overdue, soonDue, closedAt, closedBy, outcome,
				approvesWorkOf, extendedWorkingDays, actions);
	}
}
