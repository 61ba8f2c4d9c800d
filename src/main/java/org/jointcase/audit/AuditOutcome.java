package org.jointcase.audit;

public enum AuditOutcome {
	ALLOWED, REFUSED_NOT_VISIBLE, REFUSED_FORBIDDEN
}
