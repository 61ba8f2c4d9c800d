package org.jointcase.tasks;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A reminder to the addressed agency when 80 % of a task's period has passed, or a supervision entry (督办) to the
 * superior agency when the deadline passed and the task is still open. Each is addressed to one role of one agency
 * ({@code addressedAgency}, {@code addressedRole} as candidate groups name roles): a reminder to the role the task is
 * addressed to, a supervision entry to the supervisors.
 *
 * @param allowedActions what the reading officer may do now ({@link NoticePolicy}): {@code acknowledge}, or nothing
 */
public record DeadlineNotice(UUID id, Kind kind, String taskId, String process, String recordId, String step,
		String stepName, UUID caseId, String caseReference, String addressedAgency, String addressedRole,
		String taskAgency, Instant dueAt, Instant createdAt, Instant acknowledgedAt, String acknowledgedBy,
		Set<String> allowedActions) {

	public DeadlineNotice {
		allowedActions = allowedActions == null ? Set.of()
				: Collections.unmodifiableSet(new LinkedHashSet<>(allowedActions));
	}

	public enum Kind {
		REMINDER, SUPERVISION,
		/** Not about a deadline: a business that many complaints and reports name in a short time (intake). */
		HOT_SPOT
	}

	/** The same notice with the actions its reader may take now. */
	DeadlineNotice withAllowedActions(Set<String> actions) {
		return new DeadlineNotice(id, kind, taskId, process, recordId, step, stepName, caseId, caseReference,
				addressedAgency, addressedRole, taskAgency, dueAt, createdAt, acknowledgedAt, acknowledgedBy, actions);
	}
}
