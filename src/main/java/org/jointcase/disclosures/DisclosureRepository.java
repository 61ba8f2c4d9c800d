package org.jointcase.disclosures;

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
class DisclosureRepository {

	private final JdbcClient jdbc;

	DisclosureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Request(UUID id, UUID caseId, String requestingAgency, String recordingAgency, String reason,
			InformantRequestStatus status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
			String decisionNote, String processInstanceId) {

		/** The two agencies that read the request: the one that asked and the one that recorded the informant. */
		boolean involves(String agency) {
			return agency.equals(requestingAgency) || agency.equals(recordingAgency);
		}
	}

	void insert(Request r) {
		jdbc.sql("""
				insert into informant_request (id, case_id, requesting_agency, recording_agency, reason, status,
				    requested_by, requested_at, pending_case_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.caseId(), r.requestingAgency(), r.recordingAgency(), r.reason(), r.status().name(),
					r.requestedBy(), Timestamps.of(r.requestedAt()), r.caseId())
			.update();
	}

	void setProcessInstance(UUID id, String processInstanceId) {
		jdbc.sql("update informant_request set process_instance_id = ? where id = ?").params(processInstanceId, id)
			.update();
	}

	Optional<Request> find(UUID id) {
		return jdbc.sql("select * from informant_request where id = ?").param(id).query(this::request).optional();
	}

	List<Request> ofCase(UUID caseId) {
		return jdbc.sql("select * from informant_request where case_id = ? order by requested_at, id")
			.param(caseId)
			.query(this::request)
			.list();
	}

	boolean pending(UUID caseId, String requestingAgency) {
		return jdbc.sql("select count(*) from informant_request where pending_case_id = ? and requesting_agency = ?")
			.params(caseId, requestingAgency)
			.query(Long.class)
			.single() > 0;
	}

	void decide(UUID id, InformantRequestStatus status, String by, String note, Instant at) {
		jdbc.sql("""
				update informant_request set status = ?, decided_by = ?, decision_note = ?, decided_at = ?,
				    pending_case_id = null
				where id = ?""")
			.params(status.name(), by, note, Timestamps.of(at), id)
			.update();
	}

	private Request request(ResultSet rs, int n) throws SQLException {
		return new Request(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("requesting_agency"), rs.getString("recording_agency"), rs.getString("reason"),
				InformantRequestStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
				Timestamps.instant(rs, "requested_at"), rs.getString("decided_by"), Timestamps.instant(rs, "decided_at"),
				rs.getString("decision_note"), rs.getString("process_instance_id"));
	}
}
