package org.jointcase.tasks;

import java.time.Instant;
import java.util.UUID;

/**
 * A reminder to the addressed agency when 80 % of a task's period has passed, or a supervision entry (督办) to the
 * superior agency when the deadline passed and the task is still open.
 */
public record DeadlineNotice(UUID id, Kind kind, String taskId, String process, String recordId, String step,
		String stepName, UUID caseId, String caseReference, String addressedAgency, String taskAgency, Instant dueAt,
		Instant createdAt, Instant acknowledgedAt, String acknowledgedBy) {

	public enum Kind {
		REMINDER, SUPERVISION
	}
}
