package org.jointcase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What PostgreSQL refuses, to the owner of the tables and to the application's role, and what verification over
 * HTTP shows when the owner goes round the refusal: an entry rewritten with a recomputed unkeyed hash, the newest
 * entries removed and the chain head moved back, a trigger switched off.
 */
@IntegrationTest
class AuditImmutabilityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDatabaseRefusesEvenTheOwnerToUpdateDeleteOrTruncateTheTrail() throws SQLException {
		long sequence = recordOne("kept as written");
		checkpoint();
		try (Connection owner = TestDatabase.connect(); Statement statement = owner.createStatement()) {
			for (String sql : new String[] { "update audit_entry set detail = 'changed' where seq = " + sequence,
					"delete from audit_entry where seq = " + sequence, "truncate audit_entry cascade",
					"update audit_link set chain_mac = 'x' where seq = " + sequence, "delete from audit_link",
					"truncate audit_link", "delete from audit_chainer", "truncate audit_chainer" }) {
				assertThatThrownBy(() -> statement.execute(sql)).as(sql)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("the audit trail cannot be changed or removed");
			}
		}
		assertThat(jdbc.sql("select detail from audit_entry where seq = ?").param(sequence).query(String.class)
			.single()).isEqualTo("kept as written");
	}

	@Test
	void theApplicationsRoleCanNeitherSwitchTriggersOffNorChangeTheTrail() throws SQLException {
		long sequence = recordOne("the application's own");
		checkpoint();
		try (Connection application = TestDatabase.connectAsApplication();
				Statement statement = application.createStatement()) {
			assertThat(application.getMetaData().getUserName()).isEqualTo(TestDatabase.APPLICATION_ROLE);
			for (String sql : new String[] {
					"alter table audit_entry disable trigger audit_entry_no_update_or_delete",
					"alter table audit_entry disable trigger all", "alter table audit_link disable trigger all",
					"drop trigger audit_entry_no_update_or_delete on audit_entry" }) {
				assertThatThrownBy(() -> statement.execute(sql)).as(sql)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("must be owner");
			}
			for (String sql : new String[] { "update audit_entry set detail = 'changed' where seq = " + sequence,
					"delete from audit_entry where seq = " + sequence, "truncate audit_entry",
					"update audit_link set chain_mac = 'x'", "delete from audit_link", "delete from audit_chainer" }) {
				assertThatThrownBy(() -> statement.execute(sql)).as(sql)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("permission denied");
			}
		}
		assertThat(verification().path("valid").asBoolean()).isTrue();
	}

	@Test
	void anEntryRewrittenWithARecomputedUnkeyedHashIsDetected() throws Exception {
		long linked = recordOne("as it happened");
		checkpoint();
		long unlinked = recordOne("not linked yet");
		assertThat(verification().path("valid").asBoolean()).isTrue();
		for (long sequence : new long[] { linked, unlinked }) {
			String original = jdbc.sql("select mac from audit_entry where seq = ?").param(sequence)
				.query(String.class).single();
			String detail = jdbc.sql("select detail from audit_entry where seq = ?").param(sequence)
				.query(String.class).single();
			try {
				asOwnerWithTriggerOff("update audit_entry set detail = 'as somebody would like it', mac = '"
						+ sha256("as somebody would like it") + "' where seq = " + sequence);
				JsonNode verification = verification();
				assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isFalse();
				assertThat(verification.path("problem").asText()).isEqualTo("entry-mac");
				assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(sequence);
			}
			finally {
				asOwnerWithTriggerOff("update audit_entry set detail = '" + detail + "', mac = '" + original
						+ "' where seq = " + sequence);
			}
			assertThat(verification().path("valid").asBoolean()).isTrue();
		}
	}

	@Test
	void theNewestEntriesRemovedWithTheHeadMovedBackAreDetectedAgainstTheCheckpoint() throws Exception {
		recordOne("before the cut");
		JsonNode before = checkpoint();
		recordOne("to be cut 1");
		recordOne("to be cut 2");
		JsonNode newest = checkpoint();
		long kept = before.path("position").asLong();
		assertThat(newest.path("position").asLong()).isEqualTo(kept + 2);
		assertThat(verification().path("checkpointPosition").asLong()).isEqualTo(kept + 2);

		try (Connection owner = TestDatabase.connect(); Statement statement = owner.createStatement()) {
			statement.execute("create temp table cut_link as select * from audit_link where position > " + kept);
			statement.execute("create temp table cut_entry as select * from audit_entry where seq in "
					+ "(select seq from cut_link)");
			try {
				asOwner(statement, "alter table audit_link disable trigger audit_link_no_update_or_delete",
						"alter table audit_entry disable trigger audit_entry_no_update_or_delete",
						"delete from audit_link where position > " + kept,
						"delete from audit_entry where seq in (select seq from cut_entry)",
						"update audit_chainer set last_position = " + kept + ", last_chain_mac = '"
								+ before.path("chainMac").asText() + "'",
						"alter table audit_link enable trigger audit_link_no_update_or_delete",
						"alter table audit_entry enable trigger audit_entry_no_update_or_delete");
				JsonNode verification = verification();
				assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isFalse();
				assertThat(verification.path("problem").asText()).isEqualTo("behind-checkpoint");
			}
			finally {
				asOwner(statement, "insert into audit_entry select * from cut_entry",
						"insert into audit_link select * from cut_link",
						"update audit_chainer set last_position = " + newest.path("position").asLong()
								+ ", last_chain_mac = '" + newest.path("chainMac").asText() + "'");
			}
		}
		assertThat(verification().path("valid").asBoolean()).isTrue();
	}

	@Test
	void aTriggerSwitchedOffByTheOwnerIsDetected() throws Exception {
		recordOne("guarded");
		try (Connection owner = TestDatabase.connect(); Statement statement = owner.createStatement()) {
			try {
				statement.execute("alter table audit_link disable trigger audit_link_no_truncate");
				JsonNode verification = verification();
				assertThat(verification.path("valid").asBoolean()).isFalse();
				assertThat(verification.path("problem").asText()).isEqualTo("trigger-disabled");
			}
			finally {
				statement.execute("alter table audit_link enable trigger audit_link_no_truncate");
			}
		}
		assertThat(verification().path("valid").asBoolean()).isTrue();
	}

	private long recordOne(String detail) {
		trail.recordAttempt(new AuditEvent("test.immutability", "3401-MR", "case.update", "case", "c-1", null,
				AuditOutcome.ALLOWED, detail));
		return jdbc.sql("select max(seq) from audit_entry where officer = 'test.immutability' and detail = ?")
			.param(detail).query(Long.class).single();
	}

	/** As the owner would: the trigger is off only inside this transaction, which nobody else sees. */
	private static void asOwnerWithTriggerOff(String sql) throws SQLException {
		try (Connection owner = TestDatabase.connect(); Statement statement = owner.createStatement()) {
			owner.setAutoCommit(false);
			statement.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
			statement.execute(sql);
			statement.execute("alter table audit_entry enable trigger audit_entry_no_update_or_delete");
			owner.commit();
		}
	}

	private static void asOwner(Statement statement, String... sql) throws SQLException {
		for (String each : sql) {
			statement.execute(each);
		}
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private JsonNode checkpoint() {
		ApiClient.Response response = ApiClient.as(port, "auditor").post("/api/audit/checkpoints", Map.of());
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private JsonNode verification() {
		ApiClient.Response response = ApiClient.as(port, "auditor").get("/api/audit/verification");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}
}
