package org.jointcase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import java.util.UUID;

import org.jointcase.directory.Agency;
import org.jointcase.directory.Officer;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.junit.jupiter.api.Test;

class AuditEventTests {

	@Test
	void anEventOfASignedInOfficerNamesTheOfficerAndTheirAgency() {
		SignedInOfficer officer = new SignedInOfficer(
				new Officer("wuhu.inspector", "Wuhu Inspector", "3402-MR", Set.of(Role.INSPECTOR), true),
				new Agency("3402-MR", "MR", "3402", "芜湖市市场监督管理局", "Wuhu Market Regulation Bureau"), null);
		UUID caseId = UUID.randomUUID();
		AuditEvent event = AuditEvent.by(officer, "share.grant", "case", caseId.toString(), caseId,
				AuditOutcome.ALLOWED, "to 3401-PS");
		assertThat(event.officer()).isEqualTo("wuhu.inspector");
		assertThat(event.agencyCode()).isEqualTo("3402-MR");
	}

	@Test
	void refusesWhatTheTrailCannotKeep() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new AuditEvent(" ", "3401-MR", "case.read", "case", "1", null, AuditOutcome.ALLOWED, null))
			.withMessageContaining("officer");
		assertThatIllegalArgumentException().isThrownBy(
				() -> new AuditEvent("hefei.inspector", "3401-MR", "case.read", "case", "1", null, null, null))
			.withMessageContaining("outcome");
		for (String action : new String[] { "read", "Case.Read", "case read", "case.", ".read" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> new AuditEvent("hefei.inspector", "3401-MR", action,
					"case", "1", null, AuditOutcome.ALLOWED, null)).withMessageContaining("action");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditEvent("hefei.inspector", "3401-MR",
				"case.read", "case", "x".repeat(201), null, AuditOutcome.ALLOWED, null))
			.withMessageContaining("targetId");
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditEvent("hefei.inspector", "3401-MR",
				"case.read", "case", "1", null, AuditOutcome.ALLOWED, "x".repeat(1001)))
			.withMessageContaining("detail");
		assertThat(new AuditEvent("hefei.inspector", "3401-MR", "document.download-all", "case", "1", null,
				AuditOutcome.ALLOWED, null).action()).isEqualTo("document.download-all");
	}
}
