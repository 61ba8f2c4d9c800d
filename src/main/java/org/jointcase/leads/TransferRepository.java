package org.jointcase.leads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jointcase.persistence.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TransferRepository {

	private final JdbcClient jdbc;

	TransferRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Transfer(UUID id, UUID caseId, TransferKind kind, String senderAgency, String targetAgency, String reason,
			TransferStatus status, String designatorAgency, String designatedAgency, String newOwner,
			String resultReport, String processInstanceId, String proposedBy, Instant proposedAt, Instant sentAt,
			Instant closedAt, String informantGrantedBy, Instant informantGrantedAt) {

		/** The agencies that read the record: the sender, the target once it was sent, the designator, the new owner. */
		boolean involves(String agency) {
			return agency.equals(senderAgency) || agency.equals(designatorAgency) || agency.equals(newOwner)
					|| (agency.equals(targetAgency) && sentAt != null);
		}
	}

	void insert(Transfer t) {
		jdbc.sql("""
				insert into lead_transfer (id, case_id, in_flight_case_id, kind, sender_agency, target_agency, reason,
				    status, proposed_by, proposed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(t.id(), t.caseId(), t.caseId(), t.kind().name(), t.senderAgency(), t.targetAgency(), t.reason(),
					t.status().name(), t.proposedBy(), Timestamps.of(t.proposedAt()))
			.update();
	}

	void insertDocuments(UUID transferId, List<UUID> documentIds) {
		for (UUID documentId : documentIds) {
			jdbc.sql("insert into lead_transfer_document (transfer_id, document_id) values (?, ?)")
				.params(transferId, documentId)
				.update();
		}
	}

	List<UUID> documents(UUID transferId) {
		return jdbc.sql("select document_id from lead_transfer_document where transfer_id = ? order by document_id")
			.param(transferId)
			.query(UUID.class)
			.list();
	}

	void setProcessInstance(UUID id, String processInstanceId) {
		jdbc.sql("update lead_transfer set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
	}

	Optional<Transfer> find(UUID id) {
		return jdbc.sql("select * from lead_transfer where id = ?").param(id).query(this::transfer).optional();
	}

	/** The transfer's row, locked until the caller's transaction ends: every change of a transfer takes it first. */
	Optional<Transfer> lock(UUID id) {
		return jdbc.sql("select * from lead_transfer where id = ? for update").param(id).query(this::transfer).optional();
	}

	List<Transfer> ofCase(UUID caseId) {
		return jdbc.sql("select * from lead_transfer where case_id = ? order by proposed_at, id")
			.param(caseId)
			.query(this::transfer)
			.list();
	}

	/** Whether the agency came to own the case by designation: it may not transfer it onward by itself. */
	boolean designatedTo(UUID caseId, String agency) {
		return jdbc.sql("select count(*) from lead_transfer where case_id = ? and status in ('DESIGNATED', 'COMPLETED', "
				+ "'REPORTED') and designated_agency = ? and new_owner = ?")
			.params(caseId, agency, agency)
			.query(Long.class)
			.single() > 0;
	}

	boolean inFlight(UUID caseId) {
		return jdbc.sql("select count(*) from lead_transfer where in_flight_case_id = ?").param(caseId)
			.query(Long.class).single() > 0;
	}

	void sent(UUID id, Instant at) {
		jdbc.sql("update lead_transfer set status = 'SENT', sent_at = coalesce(sent_at, ?) where id = ?").params(Timestamps.of(at), id)
			.update();
	}

	void status(UUID id, TransferStatus status) {
		jdbc.sql("update lead_transfer set status = ? where id = ?").params(status.name(), id).update();
	}

	void reason(UUID id, String reason) {
		jdbc.sql("update lead_transfer set reason = ? where id = ?").params(reason, id).update();
	}

	void designator(UUID id, String agency) {
		jdbc.sql("update lead_transfer set designator_agency = ?, status = 'DISPUTED' where id = ?").params(agency, id)
			.update();
	}

	void designated(UUID id, String agency) {
		jdbc.sql("update lead_transfer set designated_agency = ? where id = ?").params(agency, id).update();
	}

	void newOwner(UUID id, String agency, TransferStatus status) {
		jdbc.sql("update lead_transfer set new_owner = ?, status = ? where id = ?").params(agency, status.name(), id)
			.update();
	}

	/** The approving supervisor's answer whether the informant's identity travels: {@code by} null when it does not. */
	void informantGrant(UUID id, String by, Instant at) {
		jdbc.sql("update lead_transfer set informant_granted_by = ?, informant_granted_at = ? where id = ?")
			.params(by, by == null ? null : Timestamps.of(at), id)
			.update();
	}

	void report(UUID id, String result) {
		jdbc.sql("update lead_transfer set result_report = ?, status = 'REPORTED' where id = ?").params(result, id)
			.update();
	}

	void close(UUID id, TransferStatus status, Instant at) {
		jdbc.sql("update lead_transfer set status = ?, closed_at = ?, in_flight_case_id = null where id = ?")
			.params(status.name(), Timestamps.of(at), id)
			.update();
	}

	void insertStep(UUID transferId, String officer, String agency, String step, String action, String detail) {
		jdbc.sql("""
				insert into lead_transfer_step (id, transfer_id, at, officer, agency, step, action, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), transferId, Timestamps.of(Instant.now()), officer, agency, step, action, detail)
			.update();
	}

	List<TransferView.Step> steps(UUID transferId) {
		return jdbc.sql("select * from lead_transfer_step where transfer_id = ? order by at, id")
			.param(transferId)
			.query((rs, n) -> new TransferView.Step(Timestamps.instant(rs, "at"), rs.getString("officer"), rs.getString("agency"),
					rs.getString("step"), rs.getString("action"), rs.getString("detail")))
			.list();
	}

	private Transfer transfer(ResultSet rs, int n) throws SQLException {
		return new Transfer(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				TransferKind.valueOf(rs.getString("kind")), rs.getString("sender_agency"), rs.getString("target_agency"),
				rs.getString("reason"), TransferStatus.valueOf(rs.getString("status")),
				rs.getString("designator_agency"), rs.getString("designated_agency"), rs.getString("new_owner"),
				rs.getString("result_report"), rs.getString("process_instance_id"), rs.getString("proposed_by"),
				Timestamps.instant(rs, "proposed_at"), Timestamps.instant(rs, "sent_at"),
				Timestamps.instant(rs, "closed_at"), rs.getString("informant_granted_by"),
				Timestamps.instant(rs, "informant_granted_at"));
	}
}
