package org.jointcase.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jointcase.persistence.Databases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends to and reads the trail; it has no statement that changes or removes an entry or a link. Only the chainer
 * row moves, forward.
 */
@Repository
class AuditRepository {

	private static final String COLUMNS = "e.seq, e.recorded_at, e.officer, e.agency_code, e.action, e.target_type, "
			+ "e.target_id, e.case_id, e.outcome, e.detail, e.mac";

	/** How far below the newest linked entry the chainer looks for entries that committed late. */
	static final long LATE_WINDOW = 10_000;

	private final JdbcClient jdbc;
	// JdbcClient has no batch: a list of reads is inserted in one round trip.
	private final JdbcTemplate batch;

	AuditRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The next {@code count} entry numbers, ascending, in one round trip; numbers taken by a transaction that rolls
	 * back are never used.
	 */
	List<Long> nextSequences(int count) {
		StringBuilder rows = new StringBuilder("(1)");
		for (int row = 2; row <= count; row++) {
			rows.append(", (").append(row).append(')');
		}
		return jdbc.sql("select nextval('audit_entry_seq') from (values " + rows + ") as entry (n)")
			.query(Long.class)
			.list()
			.stream()
			.sorted()
			.toList();
	}

	void insert(List<AuditEntry> entries) {
		batch.batchUpdate("insert into audit_entry (seq, recorded_at, officer, agency_code, action, target_type, "
				+ "target_id, case_id, outcome, detail, mac) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entries.stream()
					.map(e -> new Object[] { e.sequence(), utc(e.recordedAt()), e.officer(), e.agencyCode(),
							e.action(), e.targetType(), e.targetId(), e.caseId(), e.outcome().name(), e.detail(),
							e.mac() })
					.toList());
	}

	/** The newest link, locked until the transaction ends, so that one chainer at a time links entries. */
	AuditChain.Head lockChainer() {
		return chainer(" for update");
	}

	AuditChain.Head chainer() {
		return chainer("");
	}

	private AuditChain.Head chainer(String lock) {
		return jdbc.sql("select last_position, last_chain_mac, last_seq from audit_chainer where id = 1" + lock)
			.query((rs, n) -> new AuditChain.Head(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.single();
	}

	/**
	 * Committed entries no link names yet, in sequence order: those after {@code highestLinked} and those that
	 * committed late within {@link #LATE_WINDOW} below it.
	 */
	List<AuditEntry> unlinkedNear(long highestLinked, int limit) {
		return jdbc.sql("select " + COLUMNS + ", null as position from audit_entry e where e.seq > ? and not exists "
				+ "(select 1 from audit_link l where l.seq = e.seq) order by e.seq limit ?")
			.params(highestLinked - LATE_WINDOW, limit)
			.query(AuditRepository::entry)
			.list();
	}

	/** Every entry no link names, in sequence order, after {@code afterSequence}. */
	List<AuditEntry> unlinked(long afterSequence, int limit) {
		return jdbc.sql("select " + COLUMNS + ", null as position from audit_entry e where e.seq > ? and not exists "
				+ "(select 1 from audit_link l where l.seq = e.seq) order by e.seq limit ?")
			.params(afterSequence, limit)
			.query(AuditRepository::entry)
			.list();
	}

	/** Stores the links and makes the last of them the chainer's head. */
	void link(List<Link> links, AuditChain.Head head) {
		batch.batchUpdate("insert into audit_link (position, seq, chain_mac) values (?, ?, ?)",
				links.stream().map(l -> new Object[] { l.position(), l.sequence(), l.chainMac() }).toList());
		jdbc.sql("update audit_chainer set last_position = ?, last_chain_mac = ?, last_seq = ? where id = 1")
			.params(head.position(), head.chainMac(), head.sequence())
			.update();
	}

	/** Links after {@code afterPosition} in chain order, each with its entry ({@code null} when it is gone). */
	List<Link> links(long afterPosition, int limit) {
		return jdbc.sql("select l.position, l.seq as link_seq, l.chain_mac, " + COLUMNS
				+ ", l.position from audit_link l left join audit_entry e on e.seq = l.seq where l.position > ? "
				+ "order by l.position limit ?")
			.params(afterPosition, limit)
			.query((rs, n) -> new Link(rs.getLong("position"), rs.getLong("link_seq"), rs.getString("chain_mac"),
					rs.getObject("seq") == null ? null : entry(rs, n)))
			.list();
	}

	/** A link of the chain: its position, the entry it links and the chain MAC up to it. */
	record Link(long position, long sequence, String chainMac, AuditEntry entry) {
	}

	/** Entries matching {@code query}, newest first, older than {@code beforeSequence} when it is given. */
	List<AuditEntry> newestFirst(AuditQuery query, Long beforeSequence, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS
				+ ", l.position from audit_entry e left join audit_link l on l.seq = e.seq where 1 = 1");
		List<Object> params = new ArrayList<>();
		condition(sql, params, "e.officer = ?", query.officer());
		condition(sql, params, "e.agency_code = ?", query.agencyCode());
		condition(sql, params, "e.case_id = ?", query.caseId());
		condition(sql, params, "e.recorded_at >= ?", utc(query.from()));
		condition(sql, params, "e.recorded_at < ?", utc(query.to()));
		condition(sql, params, "e.seq < ?", beforeSequence);
		sql.append(" order by e.seq desc limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(AuditRepository::entry).list();
	}

	/**
	 * The audit tables' triggers that are missing or not enabled, on PostgreSQL: an owner who switched one off to
	 * rewrite the trail, and did not switch it back on, shows here. Empty on other databases, which have none.
	 */
	List<String> triggersNotEnabled(List<String> expected) {
		if (!postgres()) {
			return List.of();
		}
		List<String> enabled = jdbc.sql("select t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid "
				+ "where c.relname in ('audit_entry', 'audit_link', 'audit_chainer') and t.tgenabled in ('O', 'A') "
				+ "and c.relnamespace = to_regnamespace(current_schema())")
			.query(String.class)
			.list();
		return expected.stream().filter(name -> !enabled.contains(name)).toList();
	}

	private boolean postgres() {
		return Databases.isPostgreSql(batch.getDataSource());
	}

	private static void condition(StringBuilder sql, List<Object> params, String condition, Object value) {
		if (value != null) {
			sql.append(" and ").append(condition);
			params.add(value);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		long position = rs.getLong("position");
		Long chainPosition = rs.wasNull() ? null : position;
		return new AuditEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("officer"), rs.getString("agency_code"), rs.getString("action"),
				rs.getString("target_type"), rs.getString("target_id"), rs.getObject("case_id", UUID.class),
				AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"), rs.getString("mac"),
				chainPosition);
	}
}
