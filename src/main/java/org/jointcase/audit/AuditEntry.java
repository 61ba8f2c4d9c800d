package org.jointcase.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the trail as it is stored: the recorded {@link AuditEvent}, its number ({@code sequence}, increasing
 * but with gaps where a change rolled back), when it was recorded (to the microsecond), {@code mac}, the keyed
 * HMAC-SHA256 of its content in lower-case hex ({@code null} for entries written before the trail was keyed), and
 * {@code chainPosition}, its place in the chain once the chainer has linked it ({@code null} until then, a few
 * seconds).
 */
public record AuditEntry(long sequence, Instant recordedAt, String officer, String agencyCode, String action,
		String targetType, String targetId, UUID caseId, AuditOutcome outcome, String detail, String mac,
		Long chainPosition) {

	static AuditEntry of(long sequence, Instant recordedAt, AuditEvent event, String mac) {
		return new AuditEntry(sequence, recordedAt, event.officer(), event.agencyCode(), event.action(),
				event.targetType(), event.targetId(), event.caseId(), event.outcome(), event.detail(), mac, null);
	}
}
