package org.jointcase.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** Bulk data for the benchmarks, written with JDBC batches straight into the tables. */
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
	 * {@code count} cases spread over {@code owners}, every {@code everyNth} owned by {@code favourite}; each names one
	 * business out of {@code creditCodes}; their references start with {@code prefix}. Written in batches of 5,000.
	 */
	static void cases(JdbcTemplate jdbc, String prefix, int count, List<String> owners, String favourite, int everyNth,
			List<String> creditCodes) {
		Random random = new Random(42);
		String[] words = { "rice", "gym", "prepaid", "formula", "phone", "online", "pricing", "label", "travel", "loan" };
		Instant base = Instant.parse("2026-01-01T00:00:00Z");
		List<Object[]> cases = new ArrayList<>();
		List<Object[]> parties = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			String owner = i % everyNth == 0 ? favourite : owners.get(random.nextInt(owners.size()));
			Timestamp created = Timestamp.from(base.plusSeconds(i * 60L));
			String word = words[random.nextInt(words.length)];
			cases.add(new Object[] { id, prefix + i, owner, "OPEN", "OTHER", REGIONS[random.nextInt(REGIONS.length)],
					"Bench case " + i + " about " + word, "Summary of case " + i + " on " + word, 1, "bench", created,
					created });
			parties.add(new Object[] { UUID.randomUUID(), id, 0, "BUSINESS", "Business " + i,
					creditCodes.get(random.nextInt(creditCodes.size())) });
			if (cases.size() == 5000) {
				flush(jdbc, cases, parties);
			}
		}
		flush(jdbc, cases, parties);
		jdbc.execute("analyze");
	}

	private static void flush(JdbcTemplate jdbc, List<Object[]> cases, List<Object[]> parties) {
		jdbc.batchUpdate("""
				insert into case_record (id, reference, owner_agency, status, category, region_code, title, summary,
				    version, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cases);
		jdbc.batchUpdate("insert into case_party (id, case_id, position, kind, name, credit_code) values (?, ?, ?, ?, ?, ?)",
				parties);
		cases.clear();
		parties.clear();
	}
}
