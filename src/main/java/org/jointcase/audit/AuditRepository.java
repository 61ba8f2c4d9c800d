package org.jointcase.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends to and reads the trail; it has no statement that changes or removes an entry. */
@Repository
class AuditRepository {

	private static final String COLUMNS = "seq, recorded_at, officer, agency_code, action, target_type, target_id, "
			+ "case_id, outcome, detail, hash";

	private final JdbcClient jdbc;
	// JdbcClient has no batch: a list of reads is inserted in one round trip.
	private final JdbcTemplate batch;

	AuditRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The head of the chain, locked until the transaction ends: appends from every node wait for each other here, so
	 * the chain never forks.
	 */
	AuditChain.Head lockHead() {
		return head(" for update");
	}

	AuditChain.Head head() {
		return head("");
	}

	private AuditChain.Head head(String lock) {
		return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1" + lock)
			.query((rs, n) -> new AuditChain.Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/** Inserts entries that follow the locked head in order, and makes the last of them the head. */
	void append(List<AuditEntry> entries) {
		batch.batchUpdate("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entries.stream()
					.map(e -> new Object[] { e.sequence(), utc(e.recordedAt()),
							e.officer(), e.agencyCode(), e.action(), e.targetType(), e.targetId(), e.caseId(),
							e.outcome().name(), e.detail(), e.hash() })
					.toList());
		AuditEntry last = entries.get(entries.size() - 1);
		jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
			.params(last.sequence(), last.hash())
			.update();
	}

	/** Entries matching {@code query}, newest first, older than {@code beforeSequence} when it is given. */
	List<AuditEntry> newestFirst(AuditQuery query, Long beforeSequence, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_entry where 1 = 1");
		List<Object> params = new ArrayList<>();
		condition(sql, params, "officer = ?", query.officer());
		condition(sql, params, "agency_code = ?", query.agencyCode());
		condition(sql, params, "case_id = ?", query.caseId());
		condition(sql, params, "recorded_at >= ?", utc(query.from()));
		condition(sql, params, "recorded_at < ?", utc(query.to()));
		condition(sql, params, "seq < ?", beforeSequence);
		sql.append(" order by seq desc limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(AuditRepository::entry).list();
	}

	private static void condition(StringBuilder sql, List<Object> params, String condition, Object value) {
		if (value != null) {
			sql.append(" and ").append(condition);
			params.add(value);
		}
	}

	/** Up to {@code limit} entries after {@code afterSequence} up to {@code lastSequence}, in chain order. */
	List<AuditEntry> chain(long afterSequence, long lastSequence, int limit) {
		return jdbc.sql("select " + COLUMNS + " from audit_entry where seq > ? and seq <= ? order by seq limit ?")
			.params(afterSequence, lastSequence, limit)
			.query(AuditRepository::entry)
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("officer"), rs.getString("agency_code"), rs.getString("action"),
				rs.getString("target_type"), rs.getString("target_id"), rs.getObject("case_id", UUID.class),
				AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"), rs.getString("hash"));
	}
}
