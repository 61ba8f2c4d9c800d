package org.jointcase.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A supervisor issued an alert to these agencies; published in the issuing transaction. */
public record AlertIssued(UUID alertId, String issuerAgency, AlertSubject subject, AlertSeverity severity,
		List<String> addressees, LocalDate expiresOn, Instant issuedAt) {
}
