package org.jointcase.benchmark;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.TestDatabase;
import org.jointcase.audit.LockedHeadAuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Requests per second of an audited read ({@code GET /api/cases/{id}}: HTTP Basic, the case, its access check and
 * its audit entry) with the old locked chain head and with entries chained after commit, interleaved in one run.
 */
@IntegrationTest
@Import(LockedHeadAuditTrail.Baseline.class)
class AuditTrailBenchmark {

	private static final int CLIENTS = 8;
	private static final long SECONDS = 10;

	@LocalServerPort
	int port;

	@Autowired
	LockedHeadAuditTrail trail;

	@Test
	void anAuditedReadWithTheLockedHeadAndChainedAfterCommit() throws Exception {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		String id = inspector.post("/api/cases", Map.of("title", "Audit bench", "summary", "s", "category", "OTHER",
				"regionCode", "3401")).json().path("id").asText();
		try (Connection owner = TestDatabase.connect(); Statement statement = owner.createStatement()) {
			statement.execute("vacuum analyze");
		}
		trail.lockedHead(true);
		run(inspector, id, SECONDS);
		trail.lockedHead(false);
		run(inspector, id, SECONDS);
		// Interleaved, each order once, so that neither side always runs warmer.
		for (int round = 1; round <= 2; round++) {
			boolean lockedFirst = round % 2 == 1;
			trail.lockedHead(lockedFirst);
			double first = run(inspector, id, SECONDS);
			trail.lockedHead(!lockedFirst);
			double second = run(inspector, id, SECONDS);
			double before = lockedFirst ? first : second;
			double after = lockedFirst ? second : first;
			System.out.printf("BENCHMARK GET /api/cases/{id} by %d clients, round %d: locked head %.0f req/s, "
					+ "chained after commit %.0f req/s (%.2fx)%n", CLIENTS, round, before, after, after / before);
		}
		trail.lockedHead(false);
	}

	private static double run(ApiClient client, String id, long seconds) {
		return Latency.closedLoops(CLIENTS, seconds * 1000, () -> {
			int status = client.get("/api/cases/" + id).status();
			if (status != 200) {
				throw new IllegalStateException("GET /api/cases/{id} answered " + status);
			}
		});
	}
}
