package org.jointcase.audit;

import org.springframework.stereotype.Service;

/** Placeholder until the audit module lands from its branch. */
@Service
public class AuditTrail {

	public void record(AuditEvent event) {
	}
}
