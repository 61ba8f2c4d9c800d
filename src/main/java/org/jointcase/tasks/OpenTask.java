package org.jointcase.tasks;

import java.time.Instant;
import java.util.UUID;

import org.jointcase.calendar.Deadline;

/**
 * A user task as the inbox shows it: which process and step, about which case, addressed to which role of which
 * agency, and its deadline with the rule behind it. {@code overdue} and {@code soonDue} (80 % of the period gone)
 * are computed when it is read.
 */
public record OpenTask(String id, String process, String recordId, String step, String stepName, UUID caseId,
		String caseReference, String caseTitle, String agencyCode, String role, String assignee, Instant createdAt,
		Deadline deadline, Instant dueAt, Instant suspendedAt, boolean overdue, boolean soonDue, Instant closedAt,
		String closedBy, String outcome) {

	public boolean open() {
		return closedAt == null;
	}
}
