package org.jointcase.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jointcase.assistance.AssistanceViews.AddresseeStatus;
import org.jointcase.assistance.AssistanceViews.Finding;
import org.jointcase.assistance.AssistanceViews.ReplyStatus;
import org.jointcase.assistance.AssistanceViews.RequestStatus;
import org.jointcase.assistance.AssistanceViews.Upload;
import org.jointcase.persistence.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssistanceRepository {

	private static final TypeReference<List<NewAssistanceRequest.Item>> ITEMS = new TypeReference<>() {
	};
	private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
	};
	private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	AssistanceRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	record RequestRow(UUID id, UUID caseId, String requesterAgency, String requestedBy, RequestStatus status,
			List<NewAssistanceRequest.Item> items, List<UUID> documentIds, String processInstanceId,
			Instant createdAt, Instant closedAt, String closedBy, String closeReason, Instant sentAt) {
	}

	record AddresseeRow(UUID requestId, String agencyCode, AddresseeStatus status, String declineReason,
			String suggestedAgency, String replacedBy, Integer extensionDays, String extensionReason) {

		/** Still part of the request: neither replaced by another agency nor let go with its decline. */
		boolean active() {
			return status != AddresseeStatus.READDRESSED && status != AddresseeStatus.DECLINE_STANDS;
		}
	}

	record ReplyRow(UUID id, UUID requestId, String agencyCode, List<Finding> findings, List<UUID> documentIds,
			ReplyStatus status, String note, boolean shared, String writtenBy, Instant writtenAt) {
	}

	void insert(RequestRow row) {
		jdbc.sql("""
				insert into assistance_request (id, case_id, requester_agency, requested_by, status, items, document_ids,
				    created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.caseId(), row.requesterAgency(), row.requestedBy(), row.status().name(),
					write(row.items()), write(row.documentIds()), Timestamps.of(row.createdAt()))
			.update();
	}

	void setProcessInstance(UUID requestId, String processInstanceId) {
		jdbc.sql("update assistance_request set process_instance_id = ? where id = ?")
			.params(processInstanceId, requestId)
			.update();
	}

	Optional<RequestRow> find(UUID id, boolean lock) {
		return jdbc.sql("select * from assistance_request where id = ?" + (lock ? " for update" : ""))
			.param(id)
			.query((rs, n) -> request(rs))
			.optional();
	}

	List<RequestRow> ofCase(UUID caseId) {
		return jdbc.sql("select * from assistance_request where case_id = ? order by created_at, id")
			.param(caseId)
			.query((rs, n) -> request(rs))
			.list();
	}

	void setStatus(UUID id, RequestStatus status) {
		jdbc.sql("update assistance_request set status = ? where id = ?").params(status.name(), id).update();
	}

	/** The supervisor approved: the request goes out, and the addressed agencies read it from now on. */
	void markSent(UUID id, Instant at) {
		jdbc.sql("update assistance_request set status = 'OPEN', sent_at = ? where id = ?").params(Timestamps.of(at), id)
			.update();
	}

	void setItems(UUID id, List<NewAssistanceRequest.Item> items) {
		jdbc.sql("update assistance_request set items = ? where id = ?").params(write(items), id).update();
	}

	void finish(UUID id, RequestStatus status, String by, String reason, Instant at) {
		jdbc.sql("update assistance_request set status = ?, closed_by = ?, close_reason = ?, closed_at = ? where id = ?")
			.params(status.name(), by, reason, Timestamps.of(at), id)
			.update();
	}

	void insertAddressee(UUID requestId, String agencyCode, Instant at) {
		jdbc.sql("""
				insert into assistance_addressee (request_id, agency_code, status, added_at, updated_at)
				values (?, ?, ?, ?, ?)""")
			.params(requestId, agencyCode, AddresseeStatus.AWAITING_ACCEPTANCE.name(), Timestamps.of(at), Timestamps.of(at))
			.update();
	}

	List<AddresseeRow> addressees(UUID requestId) {
		return jdbc.sql("select * from assistance_addressee where request_id = ? order by added_at, agency_code")
			.param(requestId)
			.query((rs, n) -> addressee(rs))
			.list();
	}

	Optional<AddresseeRow> addressee(UUID requestId, String agencyCode) {
		return jdbc.sql("select * from assistance_addressee where request_id = ? and agency_code = ?")
			.params(requestId, agencyCode)
			.query((rs, n) -> addressee(rs))
			.optional();
	}

	void setAddresseeStatus(UUID requestId, String agencyCode, AddresseeStatus status) {
		jdbc.sql("update assistance_addressee set status = ?, updated_at = ? where request_id = ? and agency_code = ?")
			.params(status.name(), Timestamps.of(Instant.now()), requestId, agencyCode)
			.update();
	}

	void decline(UUID requestId, String agencyCode, String reason, String suggestedAgency) {
		jdbc.sql("""
				update assistance_addressee set status = ?, decline_reason = ?, suggested_agency = ?, updated_at = ?
				where request_id = ? and agency_code = ?""")
			.params(AddresseeStatus.DECLINED.name(), reason, suggestedAgency, Timestamps.of(Instant.now()), requestId, agencyCode)
			.update();
	}

	void replace(UUID requestId, String agencyCode, String replacedBy) {
		jdbc.sql("""
				update assistance_addressee set status = ?, replaced_by = ?, updated_at = ?
				where request_id = ? and agency_code = ?""")
			.params(AddresseeStatus.READDRESSED.name(), replacedBy, Timestamps.of(Instant.now()), requestId, agencyCode)
			.update();
	}

	/** Records an extension asked for, or clears it ({@code null} days) once decided. */
	void setExtensionAsked(UUID requestId, String agencyCode, Integer workingDays, String reason) {
		jdbc.sql("""
				update assistance_addressee set extension_days = ?, extension_reason = ?, updated_at = ?
				where request_id = ? and agency_code = ?""")
			.params(workingDays, reason, Timestamps.of(Instant.now()), requestId, agencyCode)
			.update();
	}

	void insertReply(ReplyRow reply) {
		jdbc.sql("""
				insert into assistance_reply (id, request_id, agency_code, findings, document_ids, status, shared,
				    written_by, written_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(reply.id(), reply.requestId(), reply.agencyCode(), write(reply.findings()),
					write(reply.documentIds()), reply.status().name(), reply.shared(), reply.writtenBy(),
					Timestamps.of(reply.writtenAt()))
			.update();
	}

	List<ReplyRow> replies(UUID requestId) {
		return jdbc.sql("select * from assistance_reply where request_id = ? order by written_at, id")
			.param(requestId)
			.query((rs, n) -> reply(rs))
			.list();
	}

	Optional<ReplyRow> reply(UUID replyId) {
		return jdbc.sql("select * from assistance_reply where id = ?").param(replyId).query((rs, n) -> reply(rs))
			.optional();
	}

	private ReplyRow reply(ResultSet rs) throws SQLException {
		return new ReplyRow(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
				rs.getString("agency_code"), read(rs.getString("findings"), FINDINGS),
				read(rs.getString("document_ids"), IDS), ReplyStatus.valueOf(rs.getString("status")),
				rs.getString("note"), rs.getBoolean("shared"), rs.getString("written_by"),
				Timestamps.instant(rs, "written_at"));
	}

	/** The agency's latest reply, which the step at hand is about. */
	Optional<ReplyRow> latestReply(UUID requestId, String agencyCode) {
		List<ReplyRow> replies = replies(requestId).stream().filter(r -> r.agencyCode().equals(agencyCode)).toList();
		return replies.isEmpty() ? Optional.empty() : Optional.of(replies.get(replies.size() - 1));
	}

	void updateReply(UUID replyId, ReplyStatus status, String note, boolean shared) {
		jdbc.sql("update assistance_reply set status = ?, note = ?, shared = ? where id = ?")
			.params(status.name(), note, shared, replyId)
			.update();
	}

	void insertUpload(UUID requestId, String agencyCode, Upload upload) {
		jdbc.sql("""
				insert into assistance_upload (document_id, request_id, agency_code, file_name, size, uploaded_by,
				    uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(upload.id(), requestId, agencyCode, upload.fileName(), upload.size(), upload.uploadedBy(),
					Timestamps.of(upload.uploadedAt()))
			.update();
	}

	List<Upload> uploads(UUID requestId, String agencyCode) {
		return jdbc.sql("select * from assistance_upload where request_id = ? and agency_code = ? order by uploaded_at")
			.params(requestId, agencyCode)
			.query((rs, n) -> new Upload(rs.getObject("document_id", UUID.class), rs.getString("file_name"),
					rs.getLong("size"), rs.getString("uploaded_by"), Timestamps.instant(rs, "uploaded_at")))
			.list();
	}

	private RequestRow request(ResultSet rs) throws SQLException {
		return new RequestRow(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("requester_agency"), rs.getString("requested_by"),
				RequestStatus.valueOf(rs.getString("status")), read(rs.getString("items"), ITEMS),
				read(rs.getString("document_ids"), IDS), rs.getString("process_instance_id"),
				Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "closed_at"), rs.getString("closed_by"),
				rs.getString("close_reason"), Timestamps.instant(rs, "sent_at"));
	}

	private static AddresseeRow addressee(ResultSet rs) throws SQLException {
		return new AddresseeRow(rs.getObject("request_id", UUID.class), rs.getString("agency_code"),
				AddresseeStatus.valueOf(rs.getString("status")), rs.getString("decline_reason"),
				rs.getString("suggested_agency"), rs.getString("replaced_by"),
				rs.getObject("extension_days", Integer.class), rs.getString("extension_reason"));
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private <T> T read(String value, TypeReference<T> type) {
		try {
			return json.readValue(value, type);
		}
		catch (JsonProcessingException corrupt) {
			throw new IllegalStateException("Unreadable JSON " + value, corrupt);
		}
	}
}
