package org.jointcase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DataSource dataSource;

	@Test
	void auditorsListRecordedEntriesNewestFirstByOfficerAgencyCaseAndTime() {
		String inspector = unique("inspector");
		String supervisor = unique("supervisor");
		UUID caseId = UUID.randomUUID();
		trail.recordAttempt(event(inspector, "3401-MR", "case.read", caseId, AuditOutcome.ALLOWED));
		trail.recordAttempt(event(inspector, "3401-MR", "document.download", caseId, AuditOutcome.REFUSED_NOT_VISIBLE));
		trail.recordAttempt(event(supervisor, "3401-MR", "case.update", caseId, AuditOutcome.ALLOWED));
		trail.recordAttempt(event(inspector, "3402-MR", "case.read", null, AuditOutcome.ALLOWED));

		JsonNode byInspector = entries("officer=" + inspector);
		assertThat(byInspector.findValuesAsText("action"))
			.containsExactly("case.read", "document.download", "case.read");
		JsonNode newest = byInspector.path("items").get(0);
		assertThat(newest.path("agencyCode").asText()).isEqualTo("3402-MR");
		assertThat(newest.path("outcome").asText()).isEqualTo("ALLOWED");
		assertThat(newest.path("mac").asText()).hasSize(64);
		assertThat(newest.has("caseId")).isFalse();
		assertThat(byInspector.path("next").isMissingNode() || byInspector.path("next").isNull()).isTrue();

		assertThat(entries("officer=" + inspector + "&agency=3402-MR").findValuesAsText("action"))
			.containsExactly("case.read");
		assertThat(entries("caseId=" + caseId).findValuesAsText("officer"))
			.containsExactly(supervisor, inspector, inspector);
		assertThat(entries("caseId=" + caseId + "&officer=" + supervisor).findValuesAsText("action"))
			.containsExactly("case.update");

		List<JsonNode> all = byInspector.path("items").valueStream().toList();
		String second = all.get(1).path("recordedAt").asText();
		String first = all.get(2).path("recordedAt").asText();
		assertThat(entries("officer=" + inspector + "&from=" + second).findValuesAsText("sequence"))
			.containsExactly(all.get(0).path("sequence").asText(), all.get(1).path("sequence").asText());
		assertThat(entries("officer=" + inspector + "&from=" + first + "&to=" + second).findValuesAsText("action"))
			.containsExactly("case.read");
		assertThat(ApiClient.as(port, "admin").get("/api/audit/entries?caseId=" + caseId).json().path("items"))
			.hasSize(3);
	}

	@Test
	void pagesFollowTheCursorToTheLastPage() {
		String officer = unique("pager");
		trail.recordAttempts(IntStream.range(0, 5)
			.mapToObj(i -> new AuditEvent(officer, "3401-MR", "case.read", "case", "case-" + i, null,
					AuditOutcome.ALLOWED, null))
			.toList());

		List<String> seen = new ArrayList<>();
		JsonNode page = entries("officer=" + officer + "&size=2");
		List<Integer> sizes = new ArrayList<>();
		while (true) {
			sizes.add(page.path("items").size());
			seen.addAll(page.findValuesAsText("targetId"));
			if (!page.hasNonNull("next")) {
				break;
			}
			page = entries("officer=" + officer + "&size=2&cursor=" + page.path("next").asText());
		}
		assertThat(sizes).containsExactly(2, 2, 1);
		assertThat(seen).containsExactly("case-4", "case-3", "case-2", "case-1", "case-0");
	}

	@Test
	void badFiltersAreAnsweredWithTheFieldInError() {
		ApiClient auditor = ApiClient.as(port, "auditor");
		assertField(auditor.get("/api/audit/entries?cursor=not-a-cursor"), "cursor");
		assertField(auditor.get("/api/audit/entries?size=0"), "size");
		assertField(auditor.get("/api/audit/entries?size=201"), "size");
		assertField(auditor.get("/api/audit/entries?caseId=123"), "caseId");
		assertField(auditor.get("/api/audit/entries?from=yesterday"), "from");
		assertField(auditor.get("/api/audit/entries?from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z"), "to");
	}

	@Test
	void aChangeJoinsTheCallersTransactionAndRollsBackWithIt() {
		String officer = unique("change");
		transaction.executeWithoutResult(status -> {
			trail.recordChange(event(officer, "3401-MR", "case.update", null, AuditOutcome.ALLOWED));
			status.setRollbackOnly();
		});
		transaction.executeWithoutResult(
				status -> trail.recordChange(event(officer, "3401-MR", "share.grant", null, AuditOutcome.ALLOWED)));
		assertThat(entries("officer=" + officer).findValuesAsText("action")).containsExactly("share.grant");
	}

	@Test
	void anAttemptStaysWhenTheCallersTransactionRollsBack() {
		String officer = unique("rollback");
		transaction.executeWithoutResult(status -> {
			trail.recordAttempt(event(officer, "3401-MR", "case.read", null, AuditOutcome.REFUSED_NOT_VISIBLE));
			status.setRollbackOnly();
		});
		assertThat(entries("officer=" + officer).findValuesAsText("outcome")).containsExactly("REFUSED_NOT_VISIBLE");
	}

	@Test
	void aTransactionThatRecordsAttemptsAndChangesNeedsNoSecondConnection() throws Exception {
		String officer = unique("one-connection");
		HikariDataSource pool = (HikariDataSource) dataSource;
		List<java.sql.Connection> held = new ArrayList<>();
		try {
			// Everything but one connection of the pool is taken: the transaction below gets that one and no other.
			for (int i = 0; i < pool.getMaximumPoolSize() - 1; i++) {
				held.add(pool.getConnection());
			}
			long start = System.nanoTime();
			transaction.executeWithoutResult(status -> {
				trail.recordAttempt(event(officer, "3401-MR", "case.read", null, AuditOutcome.ALLOWED));
				trail.recordChange(event(officer, "3401-MR", "case.update", null, AuditOutcome.ALLOWED));
				trail.recordAttempt(event(officer, "3401-MR", "case.read", null, AuditOutcome.REFUSED_FORBIDDEN));
			});
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
		finally {
			for (java.sql.Connection connection : held) {
				connection.close();
			}
		}
		assertThat(jdbc.sql("select action || ' ' || outcome from audit_entry where officer = ? order by seq")
			.param(officer).query(String.class).list())
			.containsExactly("case.update ALLOWED", "case.read ALLOWED", "case.read REFUSED_FORBIDDEN");
	}

	@Test
	void concurrentWritersAllLandAndAreLinkedIntoOneChain() throws Exception {
		String officer = unique("concurrent");
		int threads = 6;
		int each = 20;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			Callable<Void> writer = () -> {
				for (int i = 0; i < each; i++) {
					if (i % 2 == 0) {
						trail.recordAttempt(event(officer, "3401-MR", "case.read", null, AuditOutcome.ALLOWED));
					}
					else {
						transaction.executeWithoutResult(status -> trail
							.recordChange(event(officer, "3401-MR", "case.update", null, AuditOutcome.ALLOWED)));
					}
				}
				return null;
			};
			for (Future<Void> written : pool.invokeAll(Collections.nCopies(threads, writer))) {
				written.get();
			}
		}
		finally {
			pool.shutdown();
		}

		List<Long> sequences = jdbc.sql("select seq from audit_entry where officer = ? order by seq").param(officer)
			.query(Long.class).list();
		assertThat(sequences).hasSize(threads * each).doesNotHaveDuplicates();
		ApiClient auditor = ApiClient.as(port, "auditor");
		assertThat(auditor.post("/api/audit/checkpoints", java.util.Map.of()).status()).isEqualTo(201);
		// One chain: every entry linked once, at consecutive positions.
		assertThat(jdbc.sql("select count(*) from audit_link l join audit_entry e on e.seq = l.seq where e.officer = ?")
			.param(officer).query(Long.class).single()).isEqualTo(threads * each);
		assertThat(jdbc.sql("select count(*) = max(position) and min(position) = 1 from audit_link")
			.query(Boolean.class).single()).isTrue();
		JsonNode verification = auditor.get("/api/audit/verification").json();
		assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isTrue();
		assertThat(verification.path("entriesChecked").asLong()).isGreaterThanOrEqualTo(threads * each);
		assertThat(verification.has("firstBrokenSequence")).isTrue();
	}

	private JsonNode entries(String query) {
		ApiClient.Response response = ApiClient.as(port, "auditor").get("/api/audit/entries?" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static String unique(String name) {
		return "test." + name + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	private static AuditEvent event(String officer, String agency, String action, UUID caseId,
			AuditOutcome outcome) {
		return new AuditEvent(officer, agency, action, "case", caseId == null ? "unknown" : caseId.toString(), caseId,
				outcome, null);
	}

	private static void assertField(ApiClient.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
	}
}
