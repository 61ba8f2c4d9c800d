package org.jointcase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What PostgreSQL refuses, and what the hash chain shows when someone goes round PostgreSQL's refusal. */
@IntegrationTest
class AuditImmutabilityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theDatabaseRefusesToUpdateDeleteOrTruncateEntriesAndToDropTheChainHead() {
		long sequence = recordOne("kept as written");

		for (String statement : new String[] { "update audit_entry set detail = 'changed' where seq = " + sequence,
				"delete from audit_entry where seq = " + sequence, "truncate audit_entry",
				"delete from audit_chain_head", "truncate audit_chain_head" }) {
			assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
				.isInstanceOf(DataAccessException.class)
				.hasMessageContaining("the audit trail cannot be changed or removed");
		}
		assertThat(jdbc.sql("select detail from audit_entry where seq = ?").param(sequence).query(String.class)
			.single()).isEqualTo("kept as written");
	}

	@Test
	void anEntryChangedBelowTheApplicationBreaksTheChainAtThatEntry() {
		long sequence = recordOne("as it happened");
		recordOne("a later entry");
		try {
			withTriggerOff("update audit_entry set detail = 'as somebody would like it' where seq = " + sequence);

			JsonNode verification = verification();
			assertThat(verification.path("valid").asBoolean()).isFalse();
			assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(sequence);
			assertThat(verification.path("entriesChecked").asLong()).isEqualTo(sequence);
		}
		finally {
			withTriggerOff("update audit_entry set detail = 'as it happened' where seq = " + sequence);
		}
		assertThat(verification().path("valid").asBoolean()).isTrue();
	}

	private long recordOne(String detail) {
		trail.record(new AuditEvent("test.immutability", "3401-MR", "case.update", "case", "c-1", null,
				AuditOutcome.ALLOWED, detail));
		return jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single();
	}

	/** As a superuser would: the trigger is off only inside this transaction, which nobody else sees. */
	private void withTriggerOff(String statement) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete").update();
			jdbc.sql(statement).update();
			jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update_or_delete").update();
		});
	}

	private JsonNode verification() {
		ApiClient.Response response = ApiClient.as(port, "auditor").get("/api/audit/verification");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}
}
