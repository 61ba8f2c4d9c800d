package org.jointcase.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jointcase.audit.AuditEvent;
import org.jointcase.audit.AuditOutcome;
import org.jointcase.audit.AuditTrail;
import org.jointcase.audit.Refusals;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inbox filters an officer keeps under names of their own: each is the query of the inbox page, and belongs to the
 * officer who saved it alone — anyone else's id answers 404, as for one that does not exist. Saving under a name
 * already used replaces that filter. Changes are audited as {@code inbox-filter.save} and {@code inbox-filter.delete}.
 */
@Service
public class SavedFilters {

	/** At most this many filters per officer, so that the inbox's list of them stays one line. */
	static final int MAX_PER_OFFICER = 20;

	private static final String SUBJECT = "inbox-filter";

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Refusals refusals;

	SavedFilters(JdbcClient jdbc, AuditTrail audit, Refusals refusals) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.refusals = refusals;
	}

	/** A saved filter: its name and the inbox query it stands for ({@code process=lead-transfer&overdue=true}). */
	public record SavedFilter(UUID id, String name, String query) {
	}

	/** What the officer saves; limits as the table's columns. */
	public record NewFilter(@NotBlank @Size(max = TaskLimits.FILTER_NAME) String name,
			@Size(max = TaskLimits.FILTER_QUERY) String query) {
	}

	public List<SavedFilter> of(SignedInOfficer officer) {
		return jdbc.sql("select id, name, query from saved_inbox_filter where username = ? order by name")
			.param(officer.username())
			.query((rs, n) -> new SavedFilter(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("query")))
			.list();
	}

	@Transactional
	public SavedFilter save(SignedInOfficer officer, NewFilter filter) {
		String name = filter.name().trim();
		String query = filter.query() == null ? "" : filter.query().trim();
		jdbc.sql("delete from saved_inbox_filter where username = ? and name = ?").params(officer.username(), name)
			.update();
		int kept = jdbc.sql("select count(*) from saved_inbox_filter where username = ?").param(officer.username())
			.query(Integer.class).single();
		if (kept >= MAX_PER_OFFICER) {
			throw ApiProblem.conflict("name", "at-most-" + MAX_PER_OFFICER, "Keep at most " + MAX_PER_OFFICER
					+ " saved filters: delete one first");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into saved_inbox_filter (id, username, name, query, created_at) values (?, ?, ?, ?, ?)")
			.params(id, officer.username(), name, query, Timestamp.from(Instant.now()))
			.update();
		audit.recordChange(AuditEvent.by(officer, SUBJECT + ".save", SUBJECT, id.toString(), null,
				AuditOutcome.ALLOWED, name));
		return new SavedFilter(id, name, query);
	}

	@Transactional
	public void delete(SignedInOfficer officer, UUID id) {
		int deleted = jdbc.sql("delete from saved_inbox_filter where id = ? and username = ?")
			.params(id, officer.username())
			.update();
		if (deleted == 0) {
			throw refusals.notVisible(officer, SUBJECT + ".delete", SUBJECT, id.toString(), null, "Saved filter");
		}
		audit.recordChange(AuditEvent.by(officer, SUBJECT + ".delete", SUBJECT, id.toString(), null,
				AuditOutcome.ALLOWED, null));
	}
}
