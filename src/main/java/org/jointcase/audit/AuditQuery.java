package org.jointcase.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which entries an auditor asks for. Each filter is optional ({@code null} or blank matches every entry);
 * {@code from} is inclusive and {@code to} exclusive.
 */
public record AuditQuery(String officer, String agencyCode, UUID caseId, Instant from, Instant to) {

	public AuditQuery {
		officer = officer == null || officer.isBlank() ? null : officer.trim();
		agencyCode = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.trim();
	}
}
