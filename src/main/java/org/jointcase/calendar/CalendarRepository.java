package org.jointcase.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jointcase.persistence.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarRepository implements CalendarSource {

	private final JdbcClient jdbc;
	/**
	 * Each year's schedule as this node last read it, with its revision: the year's row is read once per
	 * transaction, its holidays and working days only when another node's replacement moved the revision.
	 */
	private final Map<Integer, Known> known = new ConcurrentHashMap<>();

	private record Known(long revision, CalendarYear schedule) {
	}

	CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CalendarYear> years() {
		return jdbc.sql("select year_number from calendar_year order by year_number")
			.query(Integer.class)
			.list()
			.stream()
			.map(year -> year(year).orElseThrow())
			.toList();
	}

	/**
	 * The year's schedule, read once per transaction: a process step computes several deadlines (a task's due date
	 * and reminder, a transfer's periods), each reading the year.
	 */
	@Override
	public Optional<CalendarYear> year(int year) {
		return TransactionScoped.once(this, year, this::load);
	}

	private Optional<CalendarYear> load(int year) {
		record Row(String notice, long revision) {
		}
		return jdbc.sql("select notice, revision from calendar_year where year_number = ?").param(year)
			.query((rs, n) -> new Row(rs.getString("notice"), rs.getLong("revision")))
			.optional()
			.map(row -> {
				Known cached = known.get(year);
				if (cached != null && cached.revision() == row.revision()) {
					return cached.schedule();
				}
				CalendarYear read = new CalendarYear(year, row.notice(), holidays(year), workingDays(year));
				// Kept once committed: a replacement this transaction made and rolled back is never kept.
				TransactionScoped.afterCommit(() -> known.put(year, new Known(row.revision(), read)));
				return read;
			});
	}

	private List<Holiday> holidays(int year) {
		return jdbc.sql("select name, first_day, last_day from calendar_holiday where year_number = ? order by first_day")
			.param(year)
			.query((rs, n) -> new Holiday(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	private List<LocalDate> workingDays(int year) {
		return jdbc.sql("select work_date from calendar_working_day where year_number = ? order by work_date")
			.param(year)
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.list();
	}

	boolean exists(int year) {
		return jdbc.sql("select count(*) from calendar_year where year_number = ?").param(year).query(Long.class)
			.single() > 0;
	}

	/** Stores the schedule in place of the one its year had, if any. Call it inside a transaction. */
	void replace(CalendarYear schedule) {
		int year = schedule.year();
		TransactionScoped.forget(this, year);
		// Updating the year first locks its row, so that two replacements of one year run one after the other.
		if (jdbc.sql("update calendar_year set notice = ?, revision = revision + 1 where year_number = ?")
			.params(schedule.notice(), year)
			.update() == 0) {
			jdbc.sql("insert into calendar_year (year_number, notice) values (?, ?)").params(year, schedule.notice())
				.update();
		}
		jdbc.sql("delete from calendar_holiday where year_number = ?").param(year).update();
		jdbc.sql("delete from calendar_working_day where year_number = ?").param(year).update();
		for (Holiday holiday : schedule.holidays()) {
			jdbc.sql("insert into calendar_holiday (year_number, first_day, last_day, name) values (?, ?, ?, ?)")
				.params(year, holiday.first(), holiday.last(), holiday.name())
				.update();
		}
		for (LocalDate day : schedule.workingDays()) {
			jdbc.sql("insert into calendar_working_day (work_date, year_number) values (?, ?)").params(day, year)
				.update();
		}
	}
}
