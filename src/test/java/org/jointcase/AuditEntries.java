package org.jointcase;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the audit trail recorded, for tests of refusals whose rule the trail keeps. */
public final class AuditEntries {

	private AuditEntries() {
	}

	/** The rule of the officer's latest refusal by a policy (403). */
	public static String lastRefusalRule(JdbcClient jdbc, String officer) {
		return jdbc.sql("select detail from audit_entry where officer = ? and outcome = 'REFUSED_FORBIDDEN' "
				+ "order by seq desc limit 1").param(officer).query(String.class).single();
	}
}
