package org.jointcase.benchmark;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.web.Keyset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Case list and search latency over HTTP (bearer tokens, PostgreSQL) with 1,000,000 cases over 500 agencies: Hefei
 * market regulation owns every 50th (20,000) and is shared 20,000 more, Wuhu market regulation owns about 2,000.
 * Requests arrive at a fixed rate (an open model); the first page, a page 10,000 cases deep and the pages of an
 * agency that sees twenty times fewer cases show whether a page's cost depends on depth or on how much is visible.
 */
@IntegrationTest
class CaseListBenchmark {

	private static final int CASES = 1_000_000;
	private static final double RATE = 20;
	private static final int SECONDS = 15;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listAndSearchOverAMillionCases() {
		List<String> agencies = Seeds.agencies(jdbc);
		long start = System.nanoTime();
		Seeds.cases(jdbc, "BENCH-", CASES, agencies, "3401-MR", 50, "BENCH", 1000);
		jdbc.update("""
				insert into case_share (id, case_id, agency_code, scope, include_informant, reason, source, granted_by,
				    granted_agency, granted_at, case_created_at)
				select gen_random_uuid(), id, '3401-MR', 'FULL_RECORD', false, 'bench', 'MANUAL', 'bench', owner_agency,
				    now(), created_at
				from case_record where reference like 'BENCH-%' and owner_agency <> '3401-MR' and random() < 0.0205
				limit 20000""");
		Seeds.vacuumAnalyze();
		System.out.printf("BENCHMARK seeded %d cases and 20000 shares in %.1f s%n", CASES,
				(System.nanoTime() - start) / 1e9);

		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		ApiClient wuhu = ApiClient.as(port, "wuhu.inspector");
		String deep = depth("3401-MR", 10_000);
		String code = "BENCH" + String.format("%013d", 7);
		Latency.measure("GET /api/cases (warm-up)", 50, 1, () -> inspector.get("/api/cases?size=20").status());
		Latency.atRate("GET /api/cases (first page of 20)", RATE, SECONDS,
				() -> inspector.get("/api/cases?size=20").status());
		Latency.atRate("GET /api/cases (10,000 deep, by cursor)", RATE, SECONDS,
				() -> inspector.get("/api/cases?size=20&cursor=" + deep).status());
		Latency.atRate("GET /api/cases (Wuhu: 20x fewer visible)", RATE, SECONDS,
				() -> wuhu.get("/api/cases?size=20").status());
		Latency.atRate("GET /api/cases?creditCode=...", RATE, SECONDS,
				() -> inspector.get("/api/cases?creditCode=" + code).status());
		Latency.atRate("GET /api/cases?q=rice", RATE, SECONDS, () -> inspector.get("/api/cases?q=rice").status());
		Latency.atRate("GET /api/me (authentication alone)", RATE, SECONDS, () -> inspector.get("/api/me").status());
	}

	/** The cursor after the {@code depth}-th case the agency sees, newest first. */
	private String depth(String agency, int depth) {
		Map<String, Object> row = jdbc.queryForMap("""
				select created_at, id from (
				    select created_at, id from case_record where owner_agency = ?
				    union select c.created_at, c.id from case_share s join case_record c on c.id = s.case_id
				    where s.agency_code = ? and s.revoked_at is null) v
				order by created_at desc, id desc offset ? limit 1""", agency, agency, depth);
		return Keyset.cursor(((Timestamp) row.get("created_at")).toInstant(), (UUID) row.get("id"));
	}
}
