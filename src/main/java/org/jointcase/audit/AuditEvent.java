package org.jointcase.audit;

import java.util.UUID;

public record AuditEvent(String officer, String agency, String action, String targetType, String targetId,
		UUID caseId, AuditOutcome outcome, String detail) {
}
