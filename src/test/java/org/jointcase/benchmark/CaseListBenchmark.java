package org.jointcase.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Case list and search latency over HTTP (HTTP Basic, PostgreSQL) with 100,000 cases over 500 agencies, 2,000 of them
 * owned by Hefei market regulation, whose inspector asks.
 */
@IntegrationTest
class CaseListBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listAndSearch() {
		List<String> agencies = Seeds.agencies(jdbc);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			codes.add(String.format("BENCH%013d", i));
		}
		long start = System.nanoTime();
		Seeds.cases(jdbc, "BENCH-", 100_000, agencies, "3401-MR", 50, codes);
		System.out.printf("BENCHMARK seeded 100000 cases in %.1f s%n", (System.nanoTime() - start) / 1e9);

		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		String cursor = inspector.get("/api/cases?size=20").json().path("next").asText();
		Latency.measure("GET /api/cases (first page of 20)", 20, 200, () -> inspector.get("/api/cases?size=20").status());
		Latency.measure("GET /api/cases (next page by cursor)", 20, 200,
				() -> inspector.get("/api/cases?size=20&cursor=" + cursor).status());
		Latency.measure("GET /api/cases?creditCode=...", 20, 200,
				() -> inspector.get("/api/cases?creditCode=" + codes.get(7)).status());
		Latency.measure("GET /api/cases?q=rice", 20, 200, () -> inspector.get("/api/cases?q=rice").status());
		Latency.measure("GET /api/me (authentication alone)", 20, 200, () -> inspector.get("/api/me").status());
	}
}
