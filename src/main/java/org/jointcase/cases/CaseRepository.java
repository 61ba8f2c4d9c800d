package org.jointcase.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jointcase.cases.process.ShareGrant;
import org.jointcase.cases.process.TimelineSubject;

import org.jointcase.cases.CaseViews.CaseSummary;
import org.jointcase.cases.CaseViews.Document;
import org.jointcase.cases.CaseViews.Note;
import org.jointcase.cases.CaseViews.Party;
import org.jointcase.cases.CaseViews.Share;
import org.jointcase.cases.CaseViews.TimelineEntry;
import org.jointcase.persistence.Databases;
import org.jointcase.persistence.Timestamps;
import org.jointcase.persistence.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** SQL of the cases module. Shares are "active" while neither revoked nor expired. */
@Repository
class CaseRepository {

	static final String ACTIVE_SHARE = "s.revoked_at is null and (s.expires_at is null or s.expires_at > ?)";

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final boolean postgreSql;

	CaseRepository(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.postgreSql = Databases.isPostgreSql(dataSource);
	}



	record CaseRow(UUID id, String reference, String ownerAgency, CaseStatus status, CaseCategory category,
			String regionCode, String title, String summary, long version, String createdBy, Instant createdAt,
			Instant updatedAt) {
	}

	/** {@code recordedAgency} recorded the informant and so knows who reported, whoever owns the case now. */
	record InformantRow(String name, String contact, ReportChannel channel, String recordedAgency) {
	}

	/**
	 * The case's row, read once per transaction: one step reads it for its policy, for the inbox row of the task it
	 * creates and for the view it answers with. Writing or locking the row forgets it, so that what follows a lock
	 * reads the row as locked.
	 */
	Optional<CaseRow> find(UUID id) {
		return TransactionScoped.once(this, id, this::load);
	}

	private Optional<CaseRow> load(UUID id) {
		return jdbc.sql("select * from case_record where id = ?").param(id).query(this::caseRow).optional();
	}

	private void forget(UUID id) {
		TransactionScoped.forget(this, id);
	}

	void lock(UUID id) {
		jdbc.sql("select id from case_record where id = ? for update").param(id).query(UUID.class).optional();
		forget(id);
	}

	private CaseRow caseRow(ResultSet rs, int n) throws SQLException {
		return new CaseRow(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("owner_agency"),
				CaseStatus.valueOf(rs.getString("status")), CaseCategory.valueOf(rs.getString("category")),
				rs.getString("region_code"), rs.getString("title"), rs.getString("summary"), rs.getLong("version"),
				rs.getString("created_by"), Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "updated_at"));
	}

	void insert(CaseRow row) {
		jdbc.sql("""
				insert into case_record (id, reference, owner_agency, status, category, region_code, title, summary,
				    version, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.reference(), row.ownerAgency(), row.status().name(), row.category().name(),
					row.regionCode(), row.title(), row.summary(), row.version(), row.createdBy(), Timestamps.of(row.createdAt()),
					Timestamps.of(row.updatedAt()))
			.update();
		forget(row.id());
	}

	/** Writes the new content only if nobody changed the case since {@code expectedVersion}; false otherwise. */
	boolean update(UUID id, long expectedVersion, CaseInput input, Instant now) {
		forget(id);
		return jdbc.sql("""
				update case_record set title = ?, summary = ?, category = ?, region_code = ?, version = version + 1,
				    updated_at = ?
				where id = ? and version = ?""")
			.params(input.title().trim(), input.summary().trim(), input.category().name(), input.regionCode(), Timestamps.of(now),
					id, expectedVersion)
			.update() == 1;
	}

	void changeOwner(UUID id, String newOwner, Instant now) {
		forget(id);
		jdbc.sql("update case_record set owner_agency = ?, version = version + 1, updated_at = ? where id = ?")
			.params(newOwner, Timestamps.of(now), id)
			.update();
	}

	boolean referenceSequenceExists(String agencyCode, int year) {
		return jdbc.sql("select count(*) from case_reference_sequence where agency_code = ? and ref_year = ?")
			.params(agencyCode, year)
			.query(Long.class)
			.single() > 0;
	}

	void insertReferenceSequence(String agencyCode, int year) {
		jdbc.sql("insert into case_reference_sequence (agency_code, ref_year, last_value) values (?, ?, 0)")
			.params(agencyCode, year)
			.update();
	}

	/** The next number of the agency's references in that year; the row lock serialises concurrent creations. */
	long nextReferenceNumber(String agencyCode, int year) {
		jdbc.sql("update case_reference_sequence set last_value = last_value + 1 where agency_code = ? and ref_year = ?")
			.params(agencyCode, year)
			.update();
		return jdbc.sql("select last_value from case_reference_sequence where agency_code = ? and ref_year = ?")
			.params(agencyCode, year)
			.query(Long.class)
			.single();
	}

	void replaceParties(UUID caseId, List<PartyInput> parties) {
		jdbc.sql("delete from case_party where case_id = ?").param(caseId).update();
		for (int i = 0; i < parties.size(); i++) {
			PartyInput p = parties.get(i);
			jdbc.sql("""
					insert into case_party (id, case_id, position, kind, name, credit_code, id_number, address, region_code)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), caseId, i, p.kind().name(), p.name().trim(), p.creditCode(), p.idNumber(),
						p.address(), p.regionCode())
				.update();
		}
	}

	List<Party> parties(UUID caseId) {
		return jdbc.sql("""
				select kind, name, credit_code, id_number, address, region_code from case_party
				where case_id = ? order by position""")
			.param(caseId)
			.query((rs, n) -> new Party(PartyKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	void replaceInformant(UUID caseId, InformantInput informant, String recordedAgency) {
		jdbc.sql("delete from case_informant where case_id = ?").param(caseId).update();
		if (informant != null) {
			jdbc.sql("insert into case_informant (case_id, name, contact, channel, recorded_agency) values (?, ?, ?, ?, ?)")
				.params(caseId, informant.name(), informant.contact(), informant.channel().name(), recordedAgency)
				.update();
		}
	}

	Optional<InformantRow> informant(UUID caseId) {
		return jdbc.sql("select name, contact, channel, recorded_agency from case_informant where case_id = ?")
			.param(caseId)
			.query((rs, n) -> new InformantRow(rs.getString(1), rs.getString(2), ReportChannel.valueOf(rs.getString(3)),
					rs.getString(4)))
			.optional();
	}

	/** Where a page of the case list ends: its last case's creation time and id. */
	record Position(Instant createdAt, UUID id) {
	}

	/**
	 * The cases an agency owns or has an active share of, newest first, after the keyset position. Each branch walks
	 * its own index in the list's order from the position and stops after {@code limit} matching cases — the owned
	 * ones by {@code case_record (owner_agency, created_at, id)}, the shared ones by the active shares'
	 * {@code (agency_code, case_created_at, case_id)} — and the two short lists are merged: a page costs the same
	 * however deep it is and however many cases the agency sees (filters that match rarely walk further).
	 * A case shared with its own owner, or shared twice, is listed once.
	 *
	 * <p>A search by credit code is planned for its values each time: PostgreSQL keeps one generic plan for a prepared
	 * statement after five runs, and that plan, not knowing how many cases the agency owns nor how few name the code,
	 * reads all of the agency's cases (20,000 rows for a city's agency, some hundred milliseconds) where the code's
	 * few cases, looked up first, take a few milliseconds.
	 */
	List<CaseSummary> visibleCases(String agency, Instant now, CaseFilter filter, Position after, int limit) {
		List<Object> owned = new ArrayList<>(List.of(agency));
		String ownedWhere = filters(filter, owned) + keyset(after, "c.created_at", "c.id", owned);
		owned.add(limit);
		List<Object> shared = new ArrayList<>(List.of(agency, Timestamps.of(now), agency));
		String sharedWhere = filters(filter, shared) + keyset(after, "s.case_created_at", "s.case_id", shared);
		shared.add(limit);
		List<Object> params = new ArrayList<>(owned);
		params.addAll(shared);
		params.add(limit);
		String sql = "select * from ((select " + SUMMARY + " from case_record c where c.owner_agency = ?" + ownedWhere
				+ " order by c.created_at desc, c.id desc limit ?)"
				+ " union all (select distinct on (s.case_created_at, s.case_id) " + SUMMARY
				+ " from case_share s join case_record c on c.id = s.case_id where s.agency_code = ? and "
				+ ACTIVE_SHARE + " and c.owner_agency <> ?" + sharedWhere
				+ " order by s.case_created_at desc, s.case_id desc limit ?)) v"
				+ " order by v.created_at desc, v.id desc limit ?";
		if (filter.creditCode() == null || !postgreSql) {
			return summaries(sql, params);
		}
		return transaction.execute(status -> {
			jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
			return summaries(sql, params);
		});
	}

	private List<CaseSummary> summaries(String sql, List<Object> params) {
		return jdbc.sql(sql).params(params)
			.query((rs, n) -> new CaseSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getString("owner_agency"), CaseStatus.valueOf(rs.getString("status")),
					CaseCategory.valueOf(rs.getString("category")), rs.getString("region_code"), rs.getString("title"),
					Timestamps.instant(rs, "created_at")))
			.list();
	}

	private static final String SUMMARY = "c.id, c.reference, c.owner_agency, c.status, c.category, c.region_code,"
			+ " c.title, c.created_at";

	private static String filters(CaseFilter filter, List<Object> params) {
		StringBuilder where = new StringBuilder();
		if (filter.status() != null) {
			where.append(" and c.status = ?");
			params.add(filter.status().name());
		}
		if (filter.category() != null) {
			where.append(" and c.category = ?");
			params.add(filter.category().name());
		}
		if (filter.regionCode() != null) {
			where.append(" and c.region_code like ?");
			params.add(filter.regionCode() + "%");
		}
		if (filter.creditCode() != null) {
			where.append(" and exists (select 1 from case_party p where p.case_id = c.id and p.credit_code = ?)");
			params.add(filter.creditCode());
		}
		if (filter.text() != null) {
			where.append(" and (lower(c.title) like ? or lower(c.summary) like ?)");
			String pattern = "%" + filter.text().toLowerCase() + "%";
			params.add(pattern);
			params.add(pattern);
		}
		return where.toString();
	}

	private static String keyset(Position after, String createdAt, String id, List<Object> params) {
		if (after == null) {
			return "";
		}
		// A row comparison, which the database seeks to in the index instead of filtering the rows before it.
		params.add(Timestamps.of(after.createdAt()));
		params.add(after.id());
		return " and (" + createdAt + ", " + id + ") < (?, ?)";
	}

	void insertEvent(UUID caseId, Instant at, String officer, String agency, String type, String detail) {
		insertEvent(caseId, at, officer, agency, type, detail, null);
	}

	/** The timeline cites a longer detail (a reason, an alert's summary); its record keeps the full text. */
	void insertEvent(UUID caseId, Instant at, String officer, String agency, String type, String detail,
			TimelineSubject subject) {
		String cited = detail == null || detail.length() <= CaseLimits.EVENT_DETAIL ? detail
				: detail.substring(0, CaseLimits.EVENT_DETAIL - 1) + "…";
		jdbc.sql("""
				insert into case_event (id, case_id, at, officer, agency, type, detail, subject_type, subject_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), caseId, Timestamps.of(at), officer, agency, type, cited,
					subject == null ? null : subject.type(), subject == null ? null : subject.id())
			.update();
	}

	/** The timeline with what each entry is about, for {@link CaseAccess} to filter. */
	List<TimelineRow> timeline(UUID caseId) {
		return jdbc.sql("""
				select at, officer, agency, type, detail, subject_type, subject_id from case_event
				where case_id = ? order by at, id""")
			.param(caseId)
			.query((rs, n) -> new TimelineRow(new TimelineEntry(Timestamps.instant(rs, "at"), rs.getString("officer"),
					rs.getString("agency"), rs.getString("type"), rs.getString("detail")),
					rs.getString("subject_type") == null ? null
							: new TimelineSubject(rs.getString("subject_type"), rs.getString("subject_id"))))
			.list();
	}

	record TimelineRow(TimelineEntry entry, TimelineSubject subject) {
	}

	void insertNote(UUID id, UUID caseId, String author, String agency, String text, Instant at) {
		jdbc.sql("insert into case_note (id, case_id, author, agency, text, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(id, caseId, author, agency, text, Timestamps.of(at))
			.update();
	}

	List<Note> notes(UUID caseId) {
		return jdbc.sql("select id, author, agency, text, created_at from case_note where case_id = ? order by created_at, id")
			.param(caseId)
			.query((rs, n) -> new Note(rs.getObject("id", UUID.class), rs.getString("author"), rs.getString("agency"),
					rs.getString("text"), Timestamps.instant(rs, "created_at")))
			.list();
	}

	void insertDocument(UUID caseId, Document d) {
		jdbc.sql("""
				insert into case_document (id, case_id, file_name, declared_type, detected_type, size_bytes, sha256,
				    origin, uploaded_by, uploaded_agency, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), caseId, d.fileName(), d.declaredType(), d.detectedType(), d.size(), d.sha256(), d.origin(),
					d.uploadedBy(), d.uploadedAgency(), Timestamps.of(d.uploadedAt()))
			.update();
	}

	List<Document> documents(UUID caseId) {
		return jdbc.sql("select * from case_document where case_id = ? order by uploaded_at, id")
			.param(caseId)
			.query(this::document)
			.list();
	}

	Optional<Document> document(UUID caseId, UUID documentId) {
		return jdbc.sql("select * from case_document where case_id = ? and id = ?")
			.params(caseId, documentId)
			.query(this::document)
			.optional();
	}

	private Document document(ResultSet rs, int n) throws SQLException {
		return new Document(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("declared_type"),
				rs.getString("detected_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("origin"),
				rs.getString("uploaded_by"), rs.getString("uploaded_agency"), Timestamps.instant(rs, "uploaded_at"));
	}

	void insertShare(UUID id, ShareGrant grant, Instant now) {
		jdbc.sql("""
				insert into case_share (id, case_id, agency_code, scope, include_informant, reason, source, source_id,
				    granted_by, granted_agency, granted_at, expires_at, case_created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select created_at from case_record where id = ?))""")
			.params(id, grant.caseId(), grant.agencyCode(), grant.scope().name(), grant.includeInformant(),
					grant.reason(), grant.source().name(), grant.sourceId(), grant.grantedBy(), grant.grantedAgency(),
					Timestamps.of(now), Timestamps.of(grant.expiresAt()), grant.caseId())
			.update();
		for (UUID documentId : grant.documentIds() == null ? List.<UUID>of() : grant.documentIds()) {
			jdbc.sql("insert into case_share_document (share_id, document_id) values (?, ?)").params(id, documentId).update();
		}
	}

	List<Share> shares(UUID caseId, Instant now) {
		return jdbc.sql("select * from case_share where case_id = ? order by granted_at, id")
			.param(caseId)
			.query((rs, n) -> share(rs, now))
			.list();
	}

	Optional<Share> share(UUID caseId, UUID shareId, Instant now) {
		return jdbc.sql("select * from case_share where case_id = ? and id = ?")
			.params(caseId, shareId)
			.query((rs, n) -> share(rs, now))
			.optional();
	}

	record ShareOfCase(UUID caseId, Share share) {
	}

	Optional<ShareOfCase> findShare(UUID shareId, Instant now) {
		return jdbc.sql("select * from case_share where id = ?")
			.param(shareId)
			.query((rs, n) -> new ShareOfCase(rs.getObject("case_id", UUID.class), share(rs, now)))
			.optional();
	}

	List<Share> activeShares(UUID caseId, String agency, Instant now) {
		return jdbc.sql("select * from case_share s where s.case_id = ? and s.agency_code = ? and " + ACTIVE_SHARE)
			.params(caseId, agency, Timestamps.of(now))
			.query((rs, n) -> share(rs, now))
			.list();
	}

	/** One query for the shares of all the sources, ordered as {@code sourceIds} are, then by grant. */
	List<Share> activeSharesFrom(ShareSource source, List<String> sourceIds, Instant now) {
		if (sourceIds.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>(List.of(source.name()));
		params.addAll(sourceIds);
		params.add(Timestamps.of(now));
		List<Share> shares = new ArrayList<>(jdbc.sql("select * from case_share s where s.source = ? and s.source_id in ("
				+ String.join(", ", Collections.nCopies(sourceIds.size(), "?")) + ") and " + ACTIVE_SHARE
				+ " order by s.granted_at, s.id")
			.params(params)
			.query((rs, n) -> share(rs, now))
			.list());
		shares.sort(Comparator.comparingInt(share -> sourceIds.indexOf(share.sourceId())));
		return shares;
	}

	List<UUID> activeShareIds(ShareSource source, String sourceId, Instant now) {
		return jdbc.sql("select s.id from case_share s where s.source = ? and s.source_id = ? and " + ACTIVE_SHARE)
			.params(source.name(), sourceId, Timestamps.of(now))
			.query(UUID.class)
			.list();
	}

	private Share share(ResultSet rs, Instant now) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Instant expiresAt = Timestamps.instant(rs, "expires_at");
		Instant revokedAt = Timestamps.instant(rs, "revoked_at");
		return new Share(id, rs.getString("agency_code"), ShareScope.valueOf(rs.getString("scope")),
				rs.getBoolean("include_informant"), rs.getString("reason"), ShareSource.valueOf(rs.getString("source")),
				rs.getString("source_id"), rs.getString("granted_by"), Timestamps.instant(rs, "granted_at"), expiresAt, revokedAt,
				rs.getString("revoked_by"), shareDocuments(id),
				revokedAt == null && (expiresAt == null || expiresAt.isAfter(now)));
	}

	private List<UUID> shareDocuments(UUID shareId) {
		return jdbc.sql("select document_id from case_share_document where share_id = ?")
			.param(shareId)
			.query(UUID.class)
			.list();
	}

	boolean revokeShare(UUID shareId, String by, Instant now) {
		return jdbc.sql("update case_share set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
			.params(Timestamps.of(now), by, shareId)
			.update() == 1;
	}

	/** Open cases of other agencies that name one of these businesses. */
	List<CaseViews.OverlappingCase> openCasesNaming(Set<String> creditCodes, String exceptAgency, UUID exceptCase) {
		if (creditCodes.isEmpty()) {
			return List.of();
		}
		String marks = creditCodes.stream().map(c -> "?").collect(Collectors.joining(", "));
		List<Object> params = new ArrayList<>(creditCodes);
		params.add(exceptAgency);
		params.add(exceptCase);
		return jdbc.sql("""
				select distinct c.reference, c.owner_agency, p.credit_code from case_record c
				join case_party p on p.case_id = c.id
				where p.credit_code in (%s) and c.owner_agency <> ? and c.id <> ? and c.status = 'OPEN'
				order by c.reference""".formatted(marks))
			.params(params)
			.query((rs, n) -> new CaseViews.OverlappingCase(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}
}
