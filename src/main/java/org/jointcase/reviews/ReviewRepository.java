package org.jointcase.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jointcase.reviews.ReviewViews.Consent;
import org.jointcase.reviews.ReviewViews.FollowUpAction;
import org.jointcase.reviews.ReviewViews.Material;
import org.jointcase.reviews.ReviewViews.Opinion;
import org.jointcase.reviews.ReviewViews.Participant;
import org.jointcase.reviews.ReviewViews.ReviewSummary;
import org.jointcase.persistence.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the reviews module. Updates that settle something succeed once: a second attempt changes no row. */
@Repository
class ReviewRepository {

	/**
	 * An agency takes part in a review if it convened it, was asked for its consent as the owner of a reviewed case,
	 * or participates in it — participants from the moment every owner consented, never before or after a refusal.
	 */
	private static final String READABLE_BY = """
			(r.coordinator_agency = ?
			 or exists (select 1 from review_consent c where c.review_id = r.id and c.agency_code = ?)
			 or (r.status not in ('CONSENT', 'REFUSED') and exists (select 1 from review_participant p
			    where p.review_id = r.id and p.agency_code = ?)))""";

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record ReviewRow(UUID id, String title, String agenda, ReviewStatus status, String coordinator,
			String coordinatorAgency, Instant convenedAt, Instant meetingAt, LocalDate opinionDueDate,
			Instant opinionPhaseClosedAt, String closedEarlyBy, String conclusion, String concludedBy,
			Instant concludedAt, Instant closedAt, String processInstanceId) {
	}

	void insert(ReviewRow row) {
		jdbc.sql("""
				insert into review (id, title, agenda, status, coordinator, coordinator_agency, convened_at, meeting_at,
				    opinion_due_date)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.title(), row.agenda(), row.status().name(), row.coordinator(),
					row.coordinatorAgency(), Timestamps.of(row.convenedAt()), Timestamps.of(row.meetingAt()), row.opinionDueDate())
			.update();
	}

	void setProcessInstance(UUID reviewId, String processInstanceId) {
		jdbc.sql("update review set process_instance_id = ? where id = ?").params(processInstanceId, reviewId).update();
	}

	void setStatus(UUID reviewId, ReviewStatus status) {
		jdbc.sql("update review set status = ? where id = ?").params(status.name(), reviewId).update();
	}

	/** An owner refused: the review ends before it gave any access. */
	void refuse(UUID reviewId, Instant at) {
		jdbc.sql("update review set status = 'REFUSED', closed_at = ? where id = ?").params(Timestamps.of(at), reviewId)
			.update();
	}

	void insertConsent(UUID reviewId, String agencyCode) {
		jdbc.sql("insert into review_consent (review_id, agency_code, status) values (?, ?, 'PENDING')")
			.params(reviewId, agencyCode).update();
	}

	List<Consent> consents(UUID reviewId) {
		return jdbc.sql("select * from review_consent where review_id = ? order by agency_code").param(reviewId)
			.query((rs, n) -> new Consent(rs.getString("agency_code"), rs.getString("status"), rs.getString("reason"),
					rs.getString("decided_by"), Timestamps.instant(rs, "decided_at")))
			.list();
	}

	/** Records an owner's answer once; false when it answered already or its question was withdrawn. */
	boolean decideConsent(UUID reviewId, String agencyCode, boolean consented, String reason, String by, Instant at) {
		return jdbc.sql("""
				update review_consent set status = ?, reason = ?, decided_by = ?, decided_at = ?
				where review_id = ? and agency_code = ? and status = 'PENDING'""")
			.params(consented ? "CONSENTED" : "REFUSED", reason, by, Timestamps.of(at), reviewId, agencyCode)
			.update() == 1;
	}

	/** Another owner refused: the questions still open are withdrawn with their tasks. */
	void cancelPendingConsents(UUID reviewId) {
		jdbc.sql("update review_consent set status = 'CANCELLED' where review_id = ? and status = 'PENDING'")
			.param(reviewId).update();
	}

	void insertCase(UUID reviewId, UUID caseId, int position) {
		jdbc.sql("insert into review_case (review_id, case_id, position) values (?, ?, ?)")
			.params(reviewId, caseId, position).update();
	}

	void insertMaterial(UUID reviewId, UUID caseId, UUID documentId) {
		jdbc.sql("insert into review_material (review_id, case_id, document_id) values (?, ?, ?)")
			.params(reviewId, caseId, documentId).update();
	}

	void insertParticipant(UUID reviewId, String agencyCode, int position) {
		jdbc.sql("insert into review_participant (review_id, agency_code, position, answer) values (?, ?, ?, 'PENDING')")
			.params(reviewId, agencyCode, position).update();
	}

	/** The review, locked for update when {@code lock} so that concurrent changes of its phase serialise. */
	Optional<ReviewRow> find(UUID id, boolean lock) {
		return jdbc.sql("select * from review where id = ?" + (lock ? " for update" : "")).param(id)
			.query(this::review).optional();
	}

	private ReviewRow review(ResultSet rs, int n) throws SQLException {
		return new ReviewRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("agenda"),
				ReviewStatus.valueOf(rs.getString("status")), rs.getString("coordinator"),
				rs.getString("coordinator_agency"), Timestamps.instant(rs, "convened_at"), Timestamps.instant(rs, "meeting_at"),
				rs.getObject("opinion_due_date", LocalDate.class), Timestamps.instant(rs, "opinion_phase_closed_at"),
				rs.getString("closed_early_by"), rs.getString("conclusion"), rs.getString("concluded_by"),
				Timestamps.instant(rs, "concluded_at"), Timestamps.instant(rs, "closed_at"),
				rs.getString("process_instance_id"));
	}

	boolean readableBy(UUID reviewId, String agencyCode) {
		return jdbc.sql("select count(*) from review r where r.id = ? and " + READABLE_BY)
			.params(reviewId, agencyCode, agencyCode, agencyCode).query(Long.class).single() > 0;
	}

	List<ReviewSummary> readableBy(String agencyCode, UUID caseId) {
		String ofCase = caseId == null ? "" : " and exists (select 1 from review_case c where c.review_id = r.id and c.case_id = ?)";
		List<Object> params = caseId == null ? List.of(agencyCode, agencyCode, agencyCode)
				: List.of(agencyCode, agencyCode, agencyCode, caseId);
		return jdbc.sql("select * from review r where " + READABLE_BY + ofCase + " order by r.convened_at desc, r.id")
			.params(params)
			.query((rs, n) -> new ReviewSummary(rs.getObject("id", UUID.class), rs.getString("title"),
					ReviewStatus.valueOf(rs.getString("status")), rs.getString("coordinator_agency"),
					Timestamps.instant(rs, "convened_at"), Timestamps.instant(rs, "meeting_at"), Timestamps.instant(rs, "closed_at")))
			.list();
	}

	List<UUID> caseIds(UUID reviewId) {
		return jdbc.sql("select case_id from review_case where review_id = ? order by position").param(reviewId)
			.query(UUID.class).list();
	}

	List<Material> materials(UUID reviewId) {
		return jdbc.sql("""
				select m.case_id, m.document_id from review_material m
				join review_case c on c.review_id = m.review_id and c.case_id = m.case_id
				where m.review_id = ? order by c.position, m.document_id""")
			.param(reviewId)
			.query((rs, n) -> new Material(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
	}

	List<Participant> participants(UUID reviewId) {
		return jdbc.sql("select agency_code, answer from review_participant where review_id = ? order by position")
			.param(reviewId)
			.query((rs, n) -> new Participant(rs.getString(1), rs.getString(2)))
			.list();
	}

	void answered(UUID reviewId, String agencyCode) {
		jdbc.sql("update review_participant set answer = 'ANSWERED' where review_id = ? and agency_code = ?")
			.params(reviewId, agencyCode).update();
	}

	/** Those still PENDING did not answer; returns their codes. */
	List<String> markUnanswered(UUID reviewId) {
		List<String> silent = jdbc.sql("""
				select agency_code from review_participant where review_id = ? and answer = 'PENDING'
				order by position""").param(reviewId).query(String.class).list();
		jdbc.sql("update review_participant set answer = 'NO_ANSWER' where review_id = ? and answer = 'PENDING'")
			.param(reviewId).update();
		return silent;
	}

	void closeOpinionPhase(UUID reviewId, Instant at) {
		jdbc.sql("update review set status = 'CONCLUSION', opinion_phase_closed_at = ? where id = ?")
			.params(Timestamps.of(at), reviewId).update();
	}

	/** Records who asked to close the opinion phase early, once, while it runs. */
	boolean closeEarly(UUID reviewId, String by) {
		return jdbc.sql("update review set closed_early_by = ? where id = ? and status = 'OPINIONS' and closed_early_by is null")
			.params(by, reviewId).update() == 1;
	}

	Optional<Opinion> opinion(UUID reviewId, String agencyCode) {
		return jdbc.sql("select * from review_opinion where review_id = ? and agency_code = ?")
			.params(reviewId, agencyCode).query(this::opinion).optional();
	}

	List<Opinion> opinions(UUID reviewId) {
		return jdbc.sql("""
				select o.* from review_opinion o join review_participant p
				    on p.review_id = o.review_id and p.agency_code = o.agency_code
				where o.review_id = ? order by p.position""")
			.param(reviewId).query(this::opinion).list();
	}

	/** The review and agency of the opinion with this id. */
	Optional<OpinionOf> opinionOf(UUID opinionId) {
		return jdbc.sql("select review_id, agency_code from review_opinion where id = ?").param(opinionId)
			.query((rs, n) -> new OpinionOf(rs.getObject(1, UUID.class), rs.getString(2))).optional();
	}

	record OpinionOf(UUID reviewId, String agencyCode) {
	}

	private Opinion opinion(ResultSet rs, int n) throws SQLException {
		return new Opinion(rs.getObject("id", UUID.class), rs.getString("agency_code"), Stance.valueOf(rs.getString("stance")),
				rs.getString("reasoning"), rs.getString("status"), rs.getString("submitted_by"),
				Timestamps.instant(rs, "submitted_at"), rs.getString("decided_by"), Timestamps.instant(rs, "decided_at"),
				rs.getString("sent_back_reason"));
	}

	void insertOpinion(UUID reviewId, String agencyCode, Stance stance, String reasoning, String by, Instant at) {
		jdbc.sql("""
				insert into review_opinion (id, review_id, agency_code, stance, reasoning, status, submitted_by,
				    submitted_at)
				values (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
			.params(UUID.randomUUID(), reviewId, agencyCode, stance.name(), reasoning, by, Timestamps.of(at)).update();
	}

	/** A sent-back opinion submitted again; an approved one never changes. */
	boolean resubmitOpinion(UUID reviewId, String agencyCode, Stance stance, String reasoning, String by, Instant at) {
		return jdbc.sql("""
				update review_opinion set stance = ?, reasoning = ?, status = 'SUBMITTED', submitted_by = ?,
				    submitted_at = ?, decided_by = null, decided_at = null, sent_back_reason = null
				where review_id = ? and agency_code = ? and status = 'SENT_BACK'""")
			.params(stance.name(), reasoning, by, Timestamps.of(at), reviewId, agencyCode).update() == 1;
	}

	boolean decideOpinion(UUID reviewId, String agencyCode, boolean approved, String reason, String by, Instant at) {
		return jdbc.sql("""
				update review_opinion set status = ?, sent_back_reason = ?, decided_by = ?, decided_at = ?
				where review_id = ? and agency_code = ? and status = 'SUBMITTED'""")
			.params(approved ? "APPROVED" : "SENT_BACK", reason, by, Timestamps.of(at), reviewId, agencyCode).update() == 1;
	}

	void conclude(UUID reviewId, String conclusion, String by, Instant at) {
		jdbc.sql("update review set status = 'ACTIONS', conclusion = ?, concluded_by = ?, concluded_at = ? where id = ?")
			.params(conclusion, by, Timestamps.of(at), reviewId).update();
	}

	void insertAction(UUID id, UUID reviewId, int position, String agencyCode, String description, LocalDate dueDate) {
		jdbc.sql("""
				insert into review_action (id, review_id, position, agency_code, description, due_date, status)
				values (?, ?, ?, ?, ?, ?, 'OPEN')""")
			.params(id, reviewId, position, agencyCode, description, dueDate).update();
	}

	Optional<FollowUpAction> action(UUID reviewId, UUID actionId) {
		return jdbc.sql("select * from review_action where review_id = ? and id = ?").params(reviewId, actionId)
			.query(this::action).optional();
	}

	List<FollowUpAction> actions(UUID reviewId) {
		return jdbc.sql("select * from review_action where review_id = ? order by position").param(reviewId)
			.query(this::action).list();
	}

	private FollowUpAction action(ResultSet rs, int n) throws SQLException {
		return new FollowUpAction(rs.getObject("id", UUID.class), rs.getString("agency_code"),
				rs.getString("description"), rs.getObject("due_date", LocalDate.class), rs.getString("status"),
				rs.getString("report"), rs.getString("settled_by"), Timestamps.instant(rs, "settled_at"), Set.of());
	}

	/** Settles an open action as DONE (with the report) or CANCELLED (with the reason); false if settled already. */
	boolean settleAction(UUID reviewId, UUID actionId, String status, String text, String by, Instant at) {
		return jdbc.sql("""
				update review_action set status = ?, report = ?, settled_by = ?, settled_at = ?
				where review_id = ? and id = ? and status = 'OPEN'""")
			.params(status, text, by, Timestamps.of(at), reviewId, actionId).update() == 1;
	}

	void close(UUID reviewId, Instant at) {
		jdbc.sql("update review set status = 'CLOSED', closed_at = ? where id = ?").params(Timestamps.of(at), reviewId).update();
	}
}
