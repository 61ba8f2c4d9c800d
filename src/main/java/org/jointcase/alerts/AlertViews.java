package org.jointcase.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jointcase.cases.CaseCategory;

/** What the API shows of an alert. */
public final class AlertViews {

	private AlertViews() {
	}

	/**
	 * An alert as one officer may see it ({@link AlertPolicy}): the issuing agency sees every addressee's
	 * acknowledgement and answer, an addressee its own. {@code documents} are the evidence the addressees see while
	 * the alert is active; {@code allowedActions} what the officer may do now ({@link AlertPolicy#ACKNOWLEDGE}).
	 */
	public record AlertView(UUID id, AlertSubject subject, String creditCode, String businessName, String practice,
			CaseCategory category, AlertSeverity severity, String summary, LocalDate expiresOn, AlertStatus status,
			String issuer, String issuerAgency, Instant issuedAt, Instant expiredAt, UUID caseId,
			List<UUID> documents, List<Addressee> addressees, Set<String> allowedActions) {
	}

	/** {@code status}: PENDING, ACKNOWLEDGED or EXPIRED (never acknowledged). */
	public record Addressee(String agencyCode, String status, String acknowledgedBy, Instant acknowledgedAt,
			Boolean found, String answer, UUID linkedCaseId) {
	}

	/** An active alert where a business appears: enough to warn, the rest on the alert's page. */
	public record AlertNotice(UUID id, AlertSeverity severity, String creditCode, String businessName, String summary,
			String issuerAgency, LocalDate expiresOn) {
	}

	public record AlertSummary(UUID id, AlertSubject subject, String creditCode, String businessName,
			AlertSeverity severity, AlertStatus status, String issuerAgency, LocalDate expiresOn, Instant issuedAt) {
	}
}
