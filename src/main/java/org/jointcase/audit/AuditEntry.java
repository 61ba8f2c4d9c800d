package org.jointcase.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the trail as it is stored: the recorded {@link AuditEvent}, its place in the chain ({@code sequence}
 * counts from 1 without gaps), when it was recorded (to the microsecond) and its SHA-256 {@code hash} in lower-case
 * hex, taken over its content and the hash of the entry before it. An auditor who notes the hash of the newest entry
 * can later tell whether anything up to it was rewritten.
 */
public record AuditEntry(long sequence, Instant recordedAt, String officer, String agencyCode, String action,
		String targetType, String targetId, UUID caseId, AuditOutcome outcome, String detail, String hash) {

	static AuditEntry of(long sequence, Instant recordedAt, AuditEvent event, String hash) {
		return new AuditEntry(sequence, recordedAt, event.officer(), event.agencyCode(), event.action(),
				event.targetType(), event.targetId(), event.caseId(), event.outcome(), event.detail(), hash);
	}
}
