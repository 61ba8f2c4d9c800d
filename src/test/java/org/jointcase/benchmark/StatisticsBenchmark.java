package org.jointcase.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province's statistics for a year of 1,000,000 cases and their processes, over HTTP as the provincial
 * coordinator: the facts those records' events would have added (cases by category, 300,000 transfers with their
 * working days to acceptance, 100,000 assistance requests, 5,000 reviews, 50,000 supervision entries, spread over the
 * demo's and 500 more agencies and the year's days) are written in bulk into the fact table for 2019, a year no test
 * uses, summed into the monthly rows, measured after VACUUM ANALYZE, and removed again.
 */
@IntegrationTest
class StatisticsBenchmark {

	private static final String YEAR_FIRST = "2019-01-01";
	private static final String CATEGORIES = "array['FALSE_ADVERTISING', 'PRODUCT_QUALITY', 'FOOD_SAFETY', "
			+ "'PREPAID_CARD', 'ONLINE_TRADE', 'PRICING', 'PERSONAL_INFORMATION', 'CONTRACT_FRAUD', "
			+ "'UNFAIR_COMPETITION', 'OTHER']";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theProvincesYearOverAMillionCases() throws SQLException {
		Seeds.agencies(jdbc);
		clear();
		long start = System.nanoTime();
		facts(1_000_000, "CASE_OPENED", "(" + CATEGORIES + ")[1 + floor(random() * 10)::int]", "-1");
		facts(300_000, "TRANSFER_SENT", "''", "-1");
		facts(300_000, "TRANSFER_RECEIVED", "''", "-1");
		facts(240_000, "TRANSFER_ACCEPTED", "''", "floor(random() * 16)::int");
		facts(30_000, "TRANSFER_DISPUTED", "''", "-1");
		facts(20_000, "TRANSFER_DESIGNATED", "''", "-1");
		facts(15_000, "TRANSFER_WITHDRAWN", "''", "-1");
		facts(20_000, "CRIME_TRANSFER_SENT", "''", "-1");
		facts(100_000, "ASSISTANCE_SENT", "''", "-1");
		facts(90_000, "ASSISTANCE_ANSWERED", "''", "-1");
		facts(75_000, "ASSISTANCE_ANSWERED_ON_TIME", "''", "-1");
		facts(8_000, "ASSISTANCE_EXTENSION", "''", "-1");
		facts(5_000, "REVIEW_CONVENED", "''", "-1");
		facts(15_000, "REVIEW_OPINION", "''", "-1");
		facts(12_000, "REVIEW_OPINION_ON_TIME", "''", "-1");
		facts(9_000, "REVIEW_FOLLOW_UP_DONE", "''", "-1");
		facts(50_000, "SUPERVISION_ENTRY", "(array['lead-transfer', 'assistance-request', 'joint-review'])"
				+ "[1 + floor(random() * 3)::int]", "-1");
		// The monthly rows as the recorder keeps them beside the daily ones.
		jdbc.update("""
				insert into statistics_month (agency_code, region_code, department_code, category, fact_month, kind,
				    working_days, amount)
				select agency_code, region_code, department_code, category, cast(date_trunc('month', fact_day) as date), kind,
				    working_days, sum(amount)
				from statistics_fact where fact_day between date '2019-01-01' and date '2019-12-31'
				group by agency_code, region_code, department_code, category, cast(date_trunc('month', fact_day) as date),
				    kind, working_days""");
		// As the owner of the tables: the application's role may not vacuum them.
		try (Connection owner = TestDatabase.connect(); Statement statement = owner.createStatement()) {
			statement.execute("vacuum analyze statistics_fact");
			statement.execute("vacuum analyze statistics_month");
		}
		long rows = jdbc.queryForObject("select count(*) from statistics_fact where fact_day >= date '" + YEAR_FIRST
				+ "' and fact_day < date '2020-01-01'", Long.class);
		long months = jdbc.queryForObject("select count(*) from statistics_month where fact_month >= date '" + YEAR_FIRST
				+ "' and fact_month < date '2020-01-01'", Long.class);
		System.out.printf("BENCHMARK seeded %d daily and %d monthly fact rows for 1,000,000 cases and their processes"
				+ " in %.1f s%n", rows, months, (System.nanoTime() - start) / 1e9);

		ApiClient coordinator = ApiClient.as(port, "anhui.coordinator");
		String query = "?region=34&period=year&from=" + YEAR_FIRST;
		long cases = coordinator.get("/api/statistics" + query).json().path("tables").get(0).path("rows").get(0)
			.get(1).asLong();
		System.out.printf("BENCHMARK the year counts %d cases opened%n", cases);
		Latency.measure("GET /api/statistics (province, year, 1M cases)", 3, 10,
				() -> coordinator.get("/api/statistics" + query).status());
		Latency.measure("GET /api/statistics.xlsx (province, year, 1M cases)", 1, 5,
				() -> coordinator.get("/api/statistics.xlsx" + query).status());
		Latency.measure("GET /api/statistics (province, custom: a year less a day, from the daily rows)", 1, 5,
				() -> coordinator.get("/api/statistics?region=34&period=custom&from=" + YEAR_FIRST + "&to=2019-12-30")
					.status());
		Latency.measure("GET /api/statistics (a city, year)", 3, 10,
				() -> ApiClient.as(port, "hefei.coordinator").get("/api/statistics?region=3401&period=year&from="
						+ YEAR_FIRST).status());
		clear();
	}

	private void clear() {
		jdbc.update("delete from statistics_fact where fact_day between date '2019-01-01' and date '2019-12-31'");
		jdbc.update("delete from statistics_month where fact_month between date '2019-01-01' and date '2019-12-31'");
	}

	/**
	 * {@code count} events of {@code kind}, each for an agency of the province and a day of the year drawn at random,
	 * summed into fact rows as the recorder adds them.
	 */
	private void facts(int count, String kind, String category, String workingDays) {
		jdbc.update("""
				insert into statistics_fact (agency_code, region_code, department_code, category, fact_day, kind,
				    working_days, amount)
				select a.code, a.region_code, a.department_code, e.category, e.day, ?, e.working_days, count(*)
				from (select floor(random() * (select count(*) from agency where region_code like '34%%'))::int as n,
				          date '%s' + floor(random() * 365)::int as day, %s as category, %s as working_days
				      from generate_series(1, %d) i) e
				join (select code, region_code, department_code, row_number() over (order by code) - 1 as n
				      from agency where region_code like '34%%') a on a.n = e.n
				group by a.code, a.region_code, a.department_code, e.category, e.day, e.working_days
				""".formatted(YEAR_FIRST, category, workingDays, count), kind);
	}
}
