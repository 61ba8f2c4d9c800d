package org.jointcase.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jointcase.alerts.AlertViews.Addressee;
import org.jointcase.alerts.AlertViews.AlertNotice;
import org.jointcase.alerts.AlertViews.AlertSummary;
import org.jointcase.cases.CaseCategory;
import org.jointcase.persistence.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the alerts module. Updates that settle something succeed once: a second attempt changes no row. */
@Repository
class AlertRepository {

	/** An agency sees an alert it issued or was sent. */
	private static final String SEES = """
			(a.issuer_agency = ? or exists (select 1 from alert_addressee d
			    where d.alert_id = a.id and d.agency_code = ?))""";

	private final JdbcClient jdbc;

	AlertRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record AlertRow(UUID id, AlertSubject subject, String creditCode, String businessName, String practice,
			CaseCategory category, AlertSeverity severity, String summary, LocalDate expiresOn, UUID caseId,
			AlertStatus status, String issuer, String issuerAgency, Instant issuedAt, Instant expiredAt,
			String processInstanceId) {
	}

	void insert(AlertRow row) {
		jdbc.sql("""
				insert into alert (id, issuer, issuer_agency, subject, credit_code, business_name, practice, category,
				    severity, summary, expires_on, case_id, status, issued_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.issuer(), row.issuerAgency(), row.subject().name(), row.creditCode(),
					row.businessName(), row.practice(), row.category().name(), row.severity().name(), row.summary(),
					row.expiresOn(), row.caseId(), row.status().name(), Timestamps.of(row.issuedAt()))
			.update();
	}

	void insertAddressee(UUID alertId, String agencyCode, int position) {
		jdbc.sql("insert into alert_addressee (alert_id, agency_code, position, status) values (?, ?, ?, 'PENDING')")
			.params(alertId, agencyCode, position).update();
	}

	void insertDocument(UUID alertId, UUID documentId) {
		jdbc.sql("insert into alert_document (alert_id, document_id) values (?, ?)").params(alertId, documentId)
			.update();
	}

	void setProcessInstance(UUID alertId, String processInstanceId) {
		jdbc.sql("update alert set process_instance_id = ? where id = ?").params(processInstanceId, alertId).update();
	}

	Optional<AlertRow> find(UUID id, boolean lock) {
		return jdbc.sql("select * from alert where id = ?" + (lock ? " for update" : "")).param(id)
			.query(AlertRepository::alert).optional();
	}

	boolean sees(UUID alertId, String agencyCode) {
		return jdbc.sql("select count(*) from alert a where a.id = ? and " + SEES)
			.params(alertId, agencyCode, agencyCode).query(Long.class).single() > 0;
	}

	List<AlertSummary> seenBy(String agencyCode) {
		return jdbc.sql("select * from alert a where " + SEES + " order by a.issued_at desc, a.id")
			.params(agencyCode, agencyCode)
			.query((rs, n) -> {
				AlertRow row = alert(rs, n);
				return new AlertSummary(row.id(), row.subject(), row.creditCode(), row.businessName(), row.severity(),
						row.status(), row.issuerAgency(), row.expiresOn(), row.issuedAt());
			})
			.list();
	}

	/** The active alerts the agency sees about a business with one of these credit codes or (case-blind) names. */
	List<AlertNotice> activeAbout(String agencyCode, Collection<String> creditCodes, Collection<String> names) {
		if (creditCodes.isEmpty() && names.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		List<String> matches = new ArrayList<>();
		if (!creditCodes.isEmpty()) {
			matches.add("a.credit_code in (" + creditCodes.stream().map(c -> "?").collect(Collectors.joining(", "))
					+ ")");
			params.addAll(creditCodes);
		}
		if (!names.isEmpty()) {
			matches.add("lower(a.business_name) in (" + names.stream().map(c -> "?").collect(Collectors.joining(", "))
					+ ")");
			names.forEach(name -> params.add(name.trim().toLowerCase(Locale.ROOT)));
		}
		params.add(agencyCode);
		params.add(agencyCode);
		return jdbc.sql("select * from alert a where a.status = 'ACTIVE' and a.subject = 'BUSINESS' and ("
				+ String.join(" or ", matches) + ") and " + SEES + " order by a.issued_at desc")
			.params(params)
			.query((rs, n) -> new AlertNotice(rs.getObject("id", UUID.class),
					AlertSeverity.valueOf(rs.getString("severity")), rs.getString("credit_code"),
					rs.getString("business_name"), rs.getString("summary"), rs.getString("issuer_agency"),
					rs.getObject("expires_on", LocalDate.class)))
			.list();
	}

	/** The active alerts sent to the agency, newest first: what its officers are warned of. */
	List<AlertSummary> activeFor(String agencyCode) {
		return seenBy(agencyCode).stream()
			.filter(a -> a.status() == AlertStatus.ACTIVE && !agencyCode.equals(a.issuerAgency()))
			.toList();
	}

	List<Addressee> addressees(UUID alertId) {
		return jdbc.sql("select * from alert_addressee where alert_id = ? order by position").param(alertId)
			.query((rs, n) -> new Addressee(rs.getString("agency_code"), rs.getString("status"),
					rs.getString("acknowledged_by"), Timestamps.instant(rs, "acknowledged_at"),
					(Boolean) rs.getObject("found"), rs.getString("answer"), rs.getObject("linked_case_id", UUID.class)))
			.list();
	}

	List<UUID> documents(UUID alertId) {
		return jdbc.sql("select document_id from alert_document where alert_id = ? order by document_id")
			.param(alertId).query(UUID.class).list();
	}

	/** The agency acknowledges; false when it has already (or the alert expired first). */
	boolean acknowledge(UUID alertId, String agencyCode, String by, Instant at, Boolean found, String answer,
			UUID linkedCase) {
		return jdbc.sql("""
				update alert_addressee set status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?, found = ?,
				    answer = ?, linked_case_id = ?
				where alert_id = ? and agency_code = ? and status = 'PENDING'""")
			.params(by, Timestamps.of(at), found, answer, linkedCase, alertId, agencyCode).update() == 1;
	}

	/** Expires an active alert; what no agency acknowledged stays on record as EXPIRED. Answers how many. */
	int expire(UUID alertId, Instant at) {
		jdbc.sql("update alert set status = 'EXPIRED', expired_at = ? where id = ? and status = 'ACTIVE'")
			.params(Timestamps.of(at), alertId).update();
		return jdbc.sql("update alert_addressee set status = 'EXPIRED' where alert_id = ? and status = 'PENDING'")
			.param(alertId).update();
	}

	private static AlertRow alert(ResultSet rs, int n) throws SQLException {
		return new AlertRow(rs.getObject("id", UUID.class), AlertSubject.valueOf(rs.getString("subject")),
				rs.getString("credit_code"), rs.getString("business_name"), rs.getString("practice"),
				CaseCategory.valueOf(rs.getString("category")), AlertSeverity.valueOf(rs.getString("severity")),
				rs.getString("summary"), rs.getObject("expires_on", LocalDate.class), rs.getObject("case_id", UUID.class),
				AlertStatus.valueOf(rs.getString("status")), rs.getString("issuer"), rs.getString("issuer_agency"),
				Timestamps.instant(rs, "issued_at"), Timestamps.instant(rs, "expired_at"),
				rs.getString("process_instance_id"));
	}
}
