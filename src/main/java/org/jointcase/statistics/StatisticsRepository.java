package org.jointcase.statistics;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jointcase.persistence.Databases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fact tables: counts added in the changing transaction per day ({@code statistics_fact}) and per month
 * ({@code statistics_month}), read back summed per agency and per month.
 */
@Repository
class StatisticsRepository {

	/** PostgreSQL adds under concurrency without a unique violation: the conflicting row is locked and added to. */
	private static final String ADD_POSTGRESQL = """
			insert into %1$s (agency_code, region_code, department_code, category, %2$s, kind, working_days, amount)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (%2$s, kind, agency_code, category, working_days)
			do update set amount = %1$s.amount + excluded.amount
			""";

	/** H2 (the embedded run) has no ON CONFLICT ... DO UPDATE; its MERGE adds the same way. */
	private static final String ADD_H2 = """
			merge into %1$s f
			using (values (cast(? as varchar(40)), cast(? as varchar(12)), cast(? as varchar(16)),
			    cast(? as varchar(32)), cast(? as date), cast(? as varchar(40)), cast(? as int), cast(? as bigint)))
			    as s (agency_code, region_code, department_code, category, %2$s, kind, working_days, amount)
			on f.%2$s = s.%2$s and f.kind = s.kind and f.agency_code = s.agency_code and f.category = s.category
			    and f.working_days = s.working_days
			when matched then update set amount = f.amount + s.amount
			when not matched then insert (agency_code, region_code, department_code, category, %2$s, kind,
			    working_days, amount) values (s.agency_code, s.region_code, s.department_code, s.category, s.%2$s,
			    s.kind, s.working_days, s.amount)
			""";

	/** The kinds the report breaks down by category: case category, intake channel or outcome, campaign figure. */
	private static final String BROKEN_DOWN = "'CASE_OPENED', 'CASE_CLOSED', 'INTAKE_RECEIVED', 'INTAKE_CONCLUDED', "
			+ "'CAMPAIGN_REPORTED'";

	private final JdbcClient jdbc;
	private final String addDay;
	private final String addMonth;

	StatisticsRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		String add = Databases.isPostgreSql(dataSource) ? ADD_POSTGRESQL : ADD_H2;
		this.addDay = add.formatted("statistics_fact", "fact_day");
		this.addMonth = add.formatted("statistics_month", "fact_month");
	}

	/** One fact of an agency, added to the day's count. */
	record Fact(String agencyCode, String regionCode, String departmentCode, String category, LocalDate day,
			FactKind kind, int workingDays, long value) {
	}

	/** Adds the fact to its day's and its month's count. */
	void add(Fact fact) {
		add(addDay, fact, fact.day());
		add(addMonth, fact, fact.day().withDayOfMonth(1));
	}

	private void add(String sql, Fact fact, LocalDate when) {
		jdbc.sql(sql)
			.params(fact.agencyCode(), fact.regionCode(), fact.departmentCode(), fact.category(), when,
					fact.kind().name(), fact.workingDays(), fact.value())
			.update();
	}

	/**
	 * A sum of facts. Per agency ({@code year} and {@code month} 0): by kind, duration and, for the case, intake
	 * and campaign figures only, category; per month ({@code agencyCode}, {@code departmentCode} and {@code category} empty): by kind.
	 */
	record Sum(FactKind kind, String agencyCode, String departmentCode, String category, int year, int month,
			int workingDays, long value) {
	}

	/** The sums of a period, per agency and per month. */
	record Sums(List<Sum> perAgency, List<Sum> perMonth) {
	}

	/**
	 * The facts from {@code from} to {@code to} (both included) of the agencies in the region {@code regionCode}
	 * and the regions inside it (GB/T 2260 codes: a region's code is a prefix of the codes inside it), or of one
	 * agency when {@code agencyCode} is given. A period of whole months is read from the monthly rows, any other
	 * from the daily ones. The report breaks only the case, intake and campaign figures down by category and reads no agency's months,
	 * which keeps the sums few whatever the number of facts.
	 */
	Sums sums(String regionCode, String agencyCode, LocalDate from, LocalDate to) {
		boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(to.with(TemporalAdjusters.lastDayOfMonth()));
		String table = wholeMonths ? "statistics_month" : "statistics_fact";
		String when = wholeMonths ? "fact_month" : "fact_day";
		StringBuilder where = new StringBuilder(" from " + table + " where " + when + " >= ? and " + when
				+ " <= ? and region_code like ?");
		List<Object> params = new ArrayList<>(List.of(from, to, regionCode + "%"));
		if (agencyCode != null) {
			where.append(" and agency_code = ?");
			params.add(agencyCode);
		}
		List<Sum> perAgency = jdbc.sql(("""
				select kind, agency_code, department_code, working_days,
				    case when kind in (%s) then category else '' end as breakdown,
				    sum(amount) as total""" + where + """

				group by kind, agency_code, department_code, working_days,
				    case when kind in (%s) then category else '' end""").formatted(BROKEN_DOWN, BROKEN_DOWN))
			.params(params)
			.query((rs, n) -> new Sum(FactKind.valueOf(rs.getString("kind")), rs.getString("agency_code"),
					rs.getString("department_code"), rs.getString("breakdown"), 0, 0, rs.getInt("working_days"),
					rs.getLong("total")))
			.list();
		List<Sum> perMonth = jdbc.sql("select kind, extract(year from " + when + ") as y, extract(month from " + when
				+ ") as m, sum(amount) as total" + where + " group by kind, extract(year from " + when
				+ "), extract(month from " + when + ")")
			.params(params)
			.query((rs, n) -> new Sum(FactKind.valueOf(rs.getString("kind")), "", "", "", rs.getInt("y"),
					rs.getInt("m"), FactKind.NO_DURATION, rs.getLong("total")))
			.list();
		return new Sums(perAgency, perMonth);
	}
}
