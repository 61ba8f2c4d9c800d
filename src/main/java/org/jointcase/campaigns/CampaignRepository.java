package org.jointcase.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jointcase.campaigns.CampaignViews.CampaignSummary;
import org.jointcase.campaigns.CampaignViews.Period;
import org.jointcase.cases.CaseCategory;
import org.jointcase.persistence.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the campaigns module. Updates that settle something succeed once: a second attempt changes no row. */
@Repository
class CampaignRepository {

	/** An agency takes part in a campaign if it coordinates it or participates in it. */
	private static final String TAKES_PART = """
			(c.coordinator_agency = ? or exists (select 1 from campaign_participant p
			    where p.campaign_id = c.id and p.agency_code = ?))""";

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record CampaignRow(UUID id, String title, List<CaseCategory> theme, String regionCode, String coordinator,
			String coordinatorAgency, LocalDate startsOn, LocalDate endsOn, CampaignSchedule schedule,
			List<CampaignFigure> figures, CampaignStatus status, boolean tableShared, Instant launchedAt,
			String processInstanceId, String conclusion, String closedBy, Instant closedAt, Boolean closedEarly) {
	}

	/** A stored report; {@code figures} are those the agency gave. */
	record ReportRecord(String agencyCode, int period, String status, String narrative, boolean late,
			String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, String sentBackReason,
			Map<CampaignFigure, Long> figures) {
	}

	void insert(CampaignRow row) {
		jdbc.sql("""
				insert into campaign (id, title, theme, region_code, coordinator, coordinator_agency, starts_on, ends_on,
				    schedule, figures, status, table_shared, launched_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.title(), names(row.theme()), row.regionCode(), row.coordinator(),
					row.coordinatorAgency(), row.startsOn(), row.endsOn(), row.schedule().name(), names(row.figures()),
					row.status().name(), row.tableShared(), Timestamps.of(row.launchedAt()))
			.update();
	}

	void insertParticipant(UUID campaignId, String agencyCode, int position) {
		jdbc.sql("insert into campaign_participant (campaign_id, agency_code, position) values (?, ?, ?)")
			.params(campaignId, agencyCode, position).update();
	}

	void insertPeriod(UUID campaignId, Period period) {
		jdbc.sql("insert into campaign_period (campaign_id, period_no, starts_on, ends_on) values (?, ?, ?, ?)")
			.params(campaignId, period.number(), period.startsOn(), period.endsOn()).update();
	}

	void setProcessInstance(UUID campaignId, String processInstanceId) {
		jdbc.sql("update campaign set process_instance_id = ? where id = ?").params(processInstanceId, campaignId)
			.update();
	}

	Optional<CampaignRow> find(UUID id, boolean lock) {
		return jdbc.sql("select * from campaign where id = ?" + (lock ? " for update" : "")).param(id)
			.query(CampaignRepository::campaign).optional();
	}

	boolean takesPart(UUID campaignId, String agencyCode) {
		return jdbc.sql("select count(*) from campaign c where c.id = ? and " + TAKES_PART)
			.params(campaignId, agencyCode, agencyCode).query(Long.class).single() > 0;
	}

	boolean participates(UUID campaignId, String agencyCode) {
		return jdbc.sql("select count(*) from campaign_participant where campaign_id = ? and agency_code = ?")
			.params(campaignId, agencyCode).query(Long.class).single() > 0;
	}

	List<CampaignSummary> takingPart(String agencyCode) {
		return jdbc.sql("select * from campaign c where " + TAKES_PART + " order by c.launched_at desc, c.id")
			.params(agencyCode, agencyCode)
			.query((rs, n) -> {
				CampaignRow row = campaign(rs, n);
				return new CampaignSummary(row.id(), row.title(), row.status(), row.coordinatorAgency(),
						row.regionCode(), row.startsOn(), row.endsOn(), row.launchedAt());
			})
			.list();
	}

	List<String> participants(UUID campaignId) {
		return jdbc.sql("select agency_code from campaign_participant where campaign_id = ? order by position")
			.param(campaignId).query(String.class).list();
	}

	List<Period> periods(UUID campaignId) {
		return jdbc.sql("select * from campaign_period where campaign_id = ? order by period_no").param(campaignId)
			.query((rs, n) -> new Period(rs.getInt("period_no"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	Optional<ReportRecord> report(UUID campaignId, String agencyCode, int period) {
		return reports(campaignId, agencyCode, period).stream().findFirst();
	}

	/** The reports of the campaign, of one agency and one period where those are given. */
	List<ReportRecord> reports(UUID campaignId, String agencyCode, Integer period) {
		String where = " where campaign_id = ?" + (agencyCode == null ? "" : " and agency_code = ?")
				+ (period == null ? "" : " and period_no = ?");
		List<Object> params = new java.util.ArrayList<>();
		params.add(campaignId);
		if (agencyCode != null) {
			params.add(agencyCode);
		}
		if (period != null) {
			params.add(period);
		}
		Map<String, Map<CampaignFigure, Long>> figures = new HashMap<>();
		jdbc.sql("select agency_code, period_no, figure, amount from campaign_report_figure" + where).params(params)
			.query(rs -> {
				figures.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2), k -> new EnumMap<>(CampaignFigure.class))
					.put(CampaignFigure.valueOf(rs.getString(3)), rs.getLong(4));
			});
		return jdbc.sql("select * from campaign_report" + where + " order by agency_code, period_no").params(params)
			.query((rs, n) -> new ReportRecord(rs.getString("agency_code"), rs.getInt("period_no"),
					rs.getString("status"), rs.getString("narrative"), rs.getBoolean("late"),
					rs.getString("submitted_by"), Timestamps.instant(rs, "submitted_at"), rs.getString("decided_by"),
					Timestamps.instant(rs, "decided_at"), rs.getString("sent_back_reason"),
					figures.getOrDefault(rs.getString("agency_code") + "/" + rs.getInt("period_no"),
							new EnumMap<>(CampaignFigure.class))))
			.list();
	}

	void insertReport(UUID campaignId, String agencyCode, int period, String narrative, boolean late, String by,
			Instant at) {
		jdbc.sql("""
				insert into campaign_report (campaign_id, agency_code, period_no, status, narrative, late, submitted_by,
				    submitted_at)
				values (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?)""")
			.params(campaignId, agencyCode, period, narrative, late, by, Timestamps.of(at)).update();
	}

	/** A sent-back report submitted again; an approved report never changes. */
	boolean resubmitReport(UUID campaignId, String agencyCode, int period, String narrative, boolean late, String by,
			Instant at) {
		return jdbc.sql("""
				update campaign_report set status = 'SUBMITTED', narrative = ?, late = ?, submitted_by = ?,
				    submitted_at = ?, decided_by = null, decided_at = null
				where campaign_id = ? and agency_code = ? and period_no = ? and status = 'SENT_BACK'""")
			.params(narrative, late, by, Timestamps.of(at), campaignId, agencyCode, period).update() == 1;
	}

	void replaceFigures(UUID campaignId, String agencyCode, int period, Map<CampaignFigure, Long> figures) {
		jdbc.sql("delete from campaign_report_figure where campaign_id = ? and agency_code = ? and period_no = ?")
			.params(campaignId, agencyCode, period).update();
		figures.forEach((figure, amount) -> jdbc.sql("""
				insert into campaign_report_figure (campaign_id, agency_code, period_no, figure, amount)
				values (?, ?, ?, ?, ?)""").params(campaignId, agencyCode, period, figure.name(), amount).update());
	}

	/** The supervisor's decision on a submitted report; false when none awaits one. */
	boolean decideReport(UUID campaignId, String agencyCode, int period, boolean approved, String reason, String by,
			Instant at) {
		return jdbc.sql("""
				update campaign_report set status = ?, sent_back_reason = ?, decided_by = ?, decided_at = ?
				where campaign_id = ? and agency_code = ? and period_no = ? and status = 'SUBMITTED'""")
			.params(approved ? "APPROVED" : "SENT_BACK", reason, by, Timestamps.of(at), campaignId, agencyCode, period)
			.update() == 1;
	}

	void setTableShared(UUID campaignId, boolean shared) {
		jdbc.sql("update campaign set table_shared = ? where id = ?").params(shared, campaignId).update();
	}

	/** Records the conclusion of a running campaign; false when it is closed or being closed already. */
	boolean conclude(UUID campaignId, String conclusion, String by, boolean early) {
		return jdbc.sql("""
				update campaign set conclusion = ?, closed_by = ?, closed_early = ?
				where id = ? and status = 'RUNNING' and conclusion is null""")
			.params(conclusion, by, early, campaignId).update() == 1;
	}

	void close(UUID campaignId, Instant at) {
		jdbc.sql("update campaign set status = 'CLOSED', closed_at = ? where id = ?").params(Timestamps.of(at), campaignId)
			.update();
	}

	/** Tags a case; false when it is tagged to the campaign already. */
	boolean tag(UUID campaignId, UUID caseId, String agencyCode, String by, Instant at) {
		if (jdbc.sql("select count(*) from campaign_case where campaign_id = ? and case_id = ?")
			.params(campaignId, caseId).query(Long.class).single() > 0) {
			return false;
		}
		jdbc.sql("""
				insert into campaign_case (campaign_id, case_id, agency_code, tagged_by, tagged_at)
				values (?, ?, ?, ?, ?)""").params(campaignId, caseId, agencyCode, by, Timestamps.of(at)).update();
		return true;
	}

	record Tag(UUID caseId, String agencyCode, String taggedBy, Instant taggedAt) {
	}

	/** The cases tagged to the campaign, of one agency where given. */
	List<Tag> tags(UUID campaignId, String agencyCode) {
		return jdbc.sql("select * from campaign_case where campaign_id = ?"
				+ (agencyCode == null ? "" : " and agency_code = ?") + " order by tagged_at, case_id")
			.params(agencyCode == null ? List.of(campaignId) : List.of(campaignId, agencyCode))
			.query((rs, n) -> new Tag(rs.getObject("case_id", UUID.class), rs.getString("agency_code"),
					rs.getString("tagged_by"), Timestamps.instant(rs, "tagged_at")))
			.list();
	}

	/** How many cases the agency tagged to the campaign in [from, to). */
	long taggedBetween(UUID campaignId, String agencyCode, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*) from campaign_case
				where campaign_id = ? and agency_code = ? and tagged_at >= ? and tagged_at < ?""")
			.params(campaignId, agencyCode, Timestamps.of(from), Timestamps.of(to)).query(Long.class).single();
	}

	private static CampaignRow campaign(ResultSet rs, int n) throws SQLException {
		Object early = rs.getObject("closed_early");
		return new CampaignRow(rs.getObject("id", UUID.class), rs.getString("title"),
				parse(rs.getString("theme"), CaseCategory.class), rs.getString("region_code"),
				rs.getString("coordinator"), rs.getString("coordinator_agency"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				CampaignSchedule.valueOf(rs.getString("schedule")), parse(rs.getString("figures"), CampaignFigure.class),
				CampaignStatus.valueOf(rs.getString("status")), rs.getBoolean("table_shared"),
				Timestamps.instant(rs, "launched_at"), rs.getString("process_instance_id"), rs.getString("conclusion"),
				rs.getString("closed_by"), Timestamps.instant(rs, "closed_at"),
				early == null ? null : rs.getBoolean("closed_early"));
	}

	private static String names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> List<E> parse(String names, Class<E> type) {
		return Arrays.stream(names.split(",")).map(name -> Enum.valueOf(type, name)).toList();
	}
}
