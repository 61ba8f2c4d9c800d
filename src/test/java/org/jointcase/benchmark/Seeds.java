package org.jointcase.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jointcase.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bulk data for the benchmarks, written straight into the tables. */
final class Seeds {

	static final String[] REGIONS = { "34", "3401", "340102", "340103", "340104", "340111", "3402", "340202", "340207",
			"340209" };

	private Seeds() {
	}

	/**
	 * 50 extra departments, each with an agency in the ten demo regions: 500 agencies, made once per database.
	 * Answers their codes.
	 */
	static List<String> agencies(JdbcTemplate jdbc) {
		List<String> codes = new ArrayList<>();
		List<Object[]> departments = new ArrayList<>();
		List<Object[]> agencies = new ArrayList<>();
		for (int d = 0; d < 50; d++) {
			String department = "B" + d;
			departments.add(new Object[] { department, "部门" + d, "Department " + d });
			for (String region : REGIONS) {
				String code = region + "-" + department;
				codes.add(code);
				agencies.add(new Object[] { code, department, region, "机构 " + code, "Agency " + code });
			}
		}
		if (jdbc.queryForObject("select count(*) from department where code = 'B0'", Long.class) > 0) {
			return codes;
		}
		jdbc.batchUpdate("insert into department (code, name_zh, name_en) values (?, ?, ?)", departments);
		jdbc.batchUpdate("insert into agency (code, department_code, region_code, name_zh, name_en) values (?, ?, ?, ?, ?)",
				agencies);
		return codes;
	}

	/**
	 * {@code count} cases spread over {@code owners}, every {@code everyNth} owned by {@code favourite}, one a minute
	 * from 2026-01-01; their references start with {@code prefix}, and each names one business, whose credit code is
	 * {@code codePrefix} and one of {@code codes} numbers (13 digits). Generated in the database, 100,000 at a time.
	 */
	static void cases(JdbcTemplate jdbc, String prefix, int count, List<String> owners, String favourite, int everyNth,
			String codePrefix, int codes) {
		String ownerArray = "{" + String.join(",", owners) + "}";
		String regionArray = "{" + String.join(",", REGIONS) + "}";
		for (int from = 0; from < count; from += 100_000) {
			jdbc.update("""
					with seed as (
					    select g, gen_random_uuid() as id,
					        case when g % ? = 0 then ? else (?::varchar[])[1 + floor(random() * ?)::int] end as owner,
					        (?::varchar[])[1 + floor(random() * 10)::int] as region,
					        (array['rice', 'gym', 'prepaid', 'formula', 'phone', 'online', 'pricing', 'label', 'travel',
					            'loan'])[1 + floor(random() * 10)::int] as word,
					        timestamptz '2026-01-01 00:00:00+00' + g * interval '1 minute' as created
					    from generate_series(?, ?) g),
					cases as (
					    insert into case_record (id, reference, owner_agency, status, category, region_code, title,
					        summary, version, created_by, created_at, updated_at)
					    select id, ? || g, owner, 'OPEN', 'OTHER', region, 'Bench case ' || g || ' about ' || word,
					        'Summary of case ' || g || ' on ' || word, 1, 'bench', created, created from seed
					    returning id)
					insert into case_party (id, case_id, position, kind, name, credit_code)
					select gen_random_uuid(), id, 0, 'BUSINESS', 'Business of ' || id,
					    ? || lpad(floor(random() * ?)::bigint::text, 13, '0') from cases""", everyNth, favourite,
					ownerArray, owners.size(), regionArray, from, Math.min(count, from + 100_000) - 1, prefix,
					codePrefix, codes);
		}
		vacuumAnalyze();
	}

	/**
	 * {@code VACUUM ANALYZE} as the tables' owner: autovacuum is off on the benchmark database, and the application's
	 * role may not analyze tables it does not own (PostgreSQL skips them with a warning, and plans on stale figures).
	 */
	static void vacuumAnalyze() {
		try (Connection owner = TestDatabase.connect(); Statement statement = owner.createStatement()) {
			statement.execute("vacuum analyze");
		}
		catch (SQLException failure) {
			throw new IllegalStateException(failure);
		}
	}
}
