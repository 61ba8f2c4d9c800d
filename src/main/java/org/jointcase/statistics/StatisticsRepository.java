package org.jointcase.statistics;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fact table: counts added in the changing transaction, read back summed per agency, breakdown and month. */
@Repository
class StatisticsRepository {

	/** PostgreSQL adds under concurrency without a unique violation: the conflicting row is locked and added to. */
	private static final String ADD_POSTGRESQL = """
			insert into statistics_fact (agency_code, region_code, department_code, category, day, kind, working_days,
			    value)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (day, kind, agency_code, category, working_days)
			do update set value = statistics_fact.value + excluded.value
			""";

	/** H2 (the embedded run) has no ON CONFLICT ... DO UPDATE; its MERGE adds the same way. */
	private static final String ADD_H2 = """
			merge into statistics_fact f
			using (values (cast(? as varchar(40)), cast(? as varchar(12)), cast(? as varchar(16)),
			    cast(? as varchar(32)), cast(? as date), cast(? as varchar(40)), cast(? as int), cast(? as bigint)))
			    as s (agency_code, region_code, department_code, category, day, kind, working_days, value)
			on f.day = s.day and f.kind = s.kind and f.agency_code = s.agency_code and f.category = s.category
			    and f.working_days = s.working_days
			when matched then update set value = f.value + s.value
			when not matched then insert (agency_code, region_code, department_code, category, day, kind, working_days,
			    value) values (s.agency_code, s.region_code, s.department_code, s.category, s.day, s.kind,
			    s.working_days, s.value)
			""";

	private final JdbcClient jdbc;
	private final String add;

	StatisticsRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		String product = new JdbcTemplate(dataSource).execute((Connection c) -> c.getMetaData().getDatabaseProductName());
		this.add = "H2".equals(product) ? ADD_H2 : ADD_POSTGRESQL;
	}

	/** One fact of an agency, added to the day's count. */
	record Fact(String agencyCode, String regionCode, String departmentCode, String category, LocalDate day,
			FactKind kind, int workingDays, long value) {
	}

	void add(Fact fact) {
		jdbc.sql(add)
			.params(fact.agencyCode(), fact.regionCode(), fact.departmentCode(), fact.category(), fact.day(),
					fact.kind().name(), fact.workingDays(), fact.value())
			.update();
	}

	/** A sum of facts: per kind, agency, department, breakdown, month of the day and duration. */
	record Sum(FactKind kind, String agencyCode, String departmentCode, String category, int year, int month,
			int workingDays, long value) {
	}

	/**
	 * The facts from {@code from} to {@code to} (both included) of the agencies in the region {@code regionCode}
	 * and the regions inside it (GB/T 2260 codes: a region's code is a prefix of the codes inside it), or of one
	 * agency when {@code agencyCode} is given. Only the case figures are read per category (the report breaks no
	 * other figure down by it), which keeps the sums few whatever the number of facts.
	 */
	List<Sum> sums(String regionCode, String agencyCode, LocalDate from, LocalDate to) {
		StringBuilder sql = new StringBuilder("""
				select kind, agency_code, department_code, y, m, working_days, breakdown, sum(value) as total
				from (select kind, agency_code, department_code, extract(year from day) as y,
				          extract(month from day) as m, working_days, value,
				          case when kind in ('CASE_OPENED', 'CASE_CLOSED') then category else '' end as breakdown
				      from statistics_fact
				      where day >= ? and day <= ? and region_code like ?
				""");
		List<Object> params = new ArrayList<>(List.of(from, to, regionCode + "%"));
		if (agencyCode != null) {
			sql.append(" and agency_code = ?");
			params.add(agencyCode);
		}
		sql.append(") facts group by kind, agency_code, department_code, y, m, working_days, breakdown");
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Sum(FactKind.valueOf(rs.getString("kind")), rs.getString("agency_code"),
					rs.getString("department_code"), rs.getString("breakdown"), rs.getInt("y"), rs.getInt("m"),
					rs.getInt("working_days"), rs.getLong("total")))
			.list();
	}
}
