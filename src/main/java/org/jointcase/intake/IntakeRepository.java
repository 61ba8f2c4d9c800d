package org.jointcase.intake;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jointcase.intake.IntakeItemInput.Business;
import org.jointcase.persistence.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IntakeRepository {

	private final JdbcClient jdbc;

	IntakeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Item(UUID id, IntakeKind kind, IntakeChannel channel, String workOrder, Instant receivedAt,
			String receivedAgency, String receivedBy, boolean realName, Business business, String businessKey,
			String facts, BigDecimal amount, String desiredOutcome, IntakeStatus status, String agencyCode,
			String triageAgency, String routingRule, String routingDetail, int forwardCount, boolean designated,
			LocalDate forwardDueDate, String currentStep, Instant dueAt, String decision, String decisionDetail,
			BigDecimal amountRecovered, String businessAnswer, UUID caseId, String processInstanceId,
			String requestHash, Instant createdAt, Instant closedAt) {
	}

	record Person(String name, String contact) {
	}

	/** The queue's filters, each optional; {@code business} matches the name or the credit code. */
	record QueueFilter(IntakeKind kind, IntakeChannel channel, IntakeStatus status, Boolean overdue, String business) {
	}

	void insert(Item item, Person person) {
		jdbc.sql("""
				insert into intake_item (id, kind, channel, work_order, received_at, received_agency, received_by,
				    real_name, business_name, credit_code, business_address, business_region, business_key, facts,
				    amount, desired_outcome, status, routing_rule, routing_detail, request_hash, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(item.id(), item.kind().name(), item.channel().name(), item.workOrder(),
					Timestamps.of(item.receivedAt()), item.receivedAgency(), item.receivedBy(), item.realName(),
					item.business().name(), item.business().creditCode(), item.business().address(),
					item.business().regionCode(), item.businessKey(), item.facts(), item.amount(),
					item.desiredOutcome(), item.status().name(), item.routingRule(), item.routingDetail(),
					item.requestHash(), Timestamps.of(item.createdAt()))
			.update();
		if (person != null) {
			jdbc.sql("insert into intake_person (item_id, name, contact) values (?, ?, ?)")
				.params(item.id(), person.name(), person.contact())
				.update();
		}
	}

	Optional<Item> find(UUID id) {
		return jdbc.sql("select * from intake_item where id = ?").param(id).query(this::item).optional();
	}

	/** The items with these ids, each under its id. */
	Map<UUID, Item> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select * from intake_item where id in (:ids)").param("ids", ids).query(this::item).list()
			.stream()
			.collect(Collectors.toMap(Item::id, item -> item));
	}

	Optional<Item> byWorkOrder(IntakeChannel channel, String workOrder) {
		return jdbc.sql("select * from intake_item where channel = ? and work_order = ?")
			.params(channel.name(), workOrder)
			.query(this::item)
			.optional();
	}

	Optional<Person> person(UUID id) {
		return jdbc.sql("select name, contact from intake_person where item_id = ?")
			.param(id)
			.query((rs, n) -> new Person(rs.getString("name"), rs.getString("contact")))
			.optional();
	}

	/** Locks the item's row until the transaction ends: a file added to it and the case opened from it queue. */
	void lock(UUID id) {
		jdbc.sql("select id from intake_item where id = ? for update").param(id).query(UUID.class).optional();
	}

	void routed(UUID id, String agency, String rule, String detail, LocalDate forwardDueDate) {
		jdbc.sql("""
				update intake_item set agency_code = ?, triage_agency = null, status = 'ROUTED', routing_rule = ?,
				    routing_detail = ? , forward_due_date = ? where id = ?""")
			.params(agency, rule, detail, forwardDueDate, id)
			.update();
	}

	void triage(UUID id, String triageAgency, String rule, String detail) {
		jdbc.sql("""
				update intake_item set agency_code = null, triage_agency = ?, status = 'TRIAGE', routing_rule = ?,
				    routing_detail = ?, forward_due_date = null where id = ?""")
			.params(triageAgency, rule, detail, id)
			.update();
	}

	void forwarded(UUID id) {
		jdbc.sql("update intake_item set forward_count = forward_count + 1 where id = ?").param(id).update();
	}

	void designated(UUID id) {
		jdbc.sql("update intake_item set designated = true where id = ?").param(id).update();
	}

	void step(UUID id, String processInstanceId, String step, Instant dueAt) {
		jdbc.sql("update intake_item set process_instance_id = ?, current_step = ?, due_at = ? where id = ?")
			.params(processInstanceId, step, Timestamps.of(dueAt), id)
			.update();
	}

	void status(UUID id, IntakeStatus status) {
		jdbc.sql("update intake_item set status = ? where id = ?").params(status.name(), id).update();
	}

	void decided(UUID id, IntakeStatus status, String decision, String detail) {
		jdbc.sql("update intake_item set status = ?, decision = ?, decision_detail = ? where id = ?")
			.params(status.name(), decision, detail, id)
			.update();
	}

	void amountRecovered(UUID id, BigDecimal amount) {
		jdbc.sql("update intake_item set amount_recovered = ? where id = ?").params(amount, id).update();
	}

	void businessAnswer(UUID id, String answer) {
		jdbc.sql("update intake_item set business_answer = ? where id = ?").params(answer, id).update();
	}

	void caseOpened(UUID id, UUID caseId) {
		jdbc.sql("update intake_item set case_id = ? where id = ?").params(caseId, id).update();
	}

	void closed(UUID id, Instant at) {
		jdbc.sql("update intake_item set closed_at = ?, current_step = null, due_at = null where id = ?")
			.params(Timestamps.of(at), id)
			.update();
	}

	void insertStep(UUID id, String officer, String agency, String step, String action, String detail) {
		jdbc.sql("""
				insert into intake_step (id, item_id, at, officer, agency, step, action, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, Timestamps.of(Instant.now()), officer, agency, step, action, detail)
			.update();
	}

	List<IntakeItemView.Step> steps(UUID id) {
		return jdbc.sql("select * from intake_step where item_id = ? order by at, id")
			.param(id)
			.query((rs, n) -> new IntakeItemView.Step(Timestamps.instant(rs, "at"), rs.getString("officer"),
					rs.getString("agency"), rs.getString("step"), rs.getString("action"), rs.getString("detail")))
			.list();
	}

	void insertAttachment(UUID itemId, IntakeItemView.Attachment a) {
		jdbc.sql("""
				insert into intake_attachment (id, item_id, file_name, declared_type, detected_type, size_bytes, sha256,
				    uploaded_by, uploaded_agency, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), itemId, a.fileName(), a.declaredType(), a.mediaType(), a.size(), a.sha256(),
					a.uploadedBy(), a.uploadedAgency(), Timestamps.of(a.uploadedAt()))
			.update();
	}

	List<IntakeItemView.Attachment> attachments(UUID itemId) {
		return jdbc.sql("select * from intake_attachment where item_id = ? order by uploaded_at, id")
			.param(itemId)
			.query(this::attachment)
			.list();
	}

	Optional<IntakeItemView.Attachment> attachment(UUID itemId, UUID id) {
		return jdbc.sql("select * from intake_attachment where item_id = ? and id = ?")
			.params(itemId, id)
			.query(this::attachment)
			.optional();
	}

	private IntakeItemView.Attachment attachment(ResultSet rs, int row) throws SQLException {
		return new IntakeItemView.Attachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
				rs.getString("detected_type"), rs.getString("declared_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("uploaded_by"), rs.getString("uploaded_agency"),
				Timestamps.instant(rs, "uploaded_at"));
	}

	/** Whether the agency acted on the item once (took it in, forwarded or triaged it): it keeps a record of it. */
	boolean handledBy(UUID id, String agency) {
		return jdbc.sql("select count(*) from intake_step where item_id = ? and agency = ?")
			.params(id, agency)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The open items the agency handles, and those its coordinators triage when {@code coordinator}: soonest due
	 * first, those without a deadline last.
	 */
	List<Item> queue(String agency, boolean coordinator, QueueFilter filter, Instant now, int limit) {
		StringBuilder sql = new StringBuilder("select * from intake_item where closed_at is null and (agency_code = ?");
		List<Object> params = new ArrayList<>(List.of(agency));
		if (coordinator) {
			sql.append(" or (status = 'TRIAGE' and triage_agency = ?)");
			params.add(agency);
		}
		sql.append(")");
		if (filter.kind() != null) {
			sql.append(" and kind = ?");
			params.add(filter.kind().name());
		}
		if (filter.channel() != null) {
			sql.append(" and channel = ?");
			params.add(filter.channel().name());
		}
		if (filter.status() != null) {
			sql.append(" and status = ?");
			params.add(filter.status().name());
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			sql.append(" and due_at <= ?");
			params.add(Timestamps.of(now));
		}
		if (filter.business() != null && !filter.business().isBlank()) {
			sql.append(" and (lower(business_name) like ? or credit_code = ?)");
			params.add("%" + filter.business().trim().toLowerCase() + "%");
			params.add(filter.business().trim().toUpperCase());
		}
		sql.append(" order by case when due_at is null then 1 else 0 end, due_at, received_at, id limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(this::item).list();
	}

	/** The open items about businesses with these credit codes, for the transfer conflict check. */
	List<Item> openNaming(Collection<String> creditCodes) {
		if (creditCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from intake_item where credit_code in (:codes) and closed_at is null "
				+ "order by received_at, id")
			.param("codes", creditCodes)
			.query(this::item)
			.list();
	}

	/** Those of the grouping keys that at least {@code threshold} items received since {@code since} name. */
	List<String> keysCountedSince(Collection<String> businessKeys, Instant since, int threshold) {
		if (businessKeys.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select business_key from intake_item where business_key in (:keys) and received_at >= :since "
				+ "group by business_key having count(*) >= :threshold order by business_key")
			.param("keys", businessKeys)
			.param("since", Timestamps.of(since))
			.param("threshold", threshold)
			.query(String.class)
			.list();
	}

	/** How many items name the business (by its grouping key) received since {@code since}. */
	long countSince(String businessKey, Instant since) {
		return jdbc.sql("select count(*) from intake_item where business_key = ? and received_at >= ?")
			.params(businessKey, Timestamps.of(since))
			.query(Long.class)
			.single();
	}

	/** A business and its items in the window, for the hot-spot list. */
	record HotSpot(String businessKey, String businessName, String creditCode, long items, Instant latest) {
	}

	/** The businesses named by at least {@code threshold} items since {@code since} among the agency's items. */
	List<HotSpot> hotSpots(String agency, Instant since, int threshold) {
		return jdbc.sql("""
				select business_key, max(business_name) as business_name, max(credit_code) as credit_code,
				    count(*) as items, max(received_at) as latest
				from intake_item
				where received_at >= ? and business_key in (
				    select business_key from intake_item where agency_code = ? or triage_agency = ?)
				group by business_key having count(*) >= ? order by count(*) desc, business_key""")
			.params(Timestamps.of(since), agency, agency, threshold)
			.query((rs, n) -> new HotSpot(rs.getString("business_key"), rs.getString("business_name"),
					rs.getString("credit_code"), rs.getLong("items"), Timestamps.instant(rs, "latest")))
			.list();
	}

	private Item item(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getObject("id", UUID.class), IntakeKind.valueOf(rs.getString("kind")),
				IntakeChannel.valueOf(rs.getString("channel")), rs.getString("work_order"),
				Timestamps.instant(rs, "received_at"), rs.getString("received_agency"), rs.getString("received_by"),
				rs.getBoolean("real_name"),
				new Business(rs.getString("business_name"), rs.getString("credit_code"),
						rs.getString("business_address"), rs.getString("business_region")),
				rs.getString("business_key"), rs.getString("facts"), rs.getBigDecimal("amount"),
				rs.getString("desired_outcome"), IntakeStatus.valueOf(rs.getString("status")),
				rs.getString("agency_code"), rs.getString("triage_agency"), rs.getString("routing_rule"),
				rs.getString("routing_detail"), rs.getInt("forward_count"), rs.getBoolean("designated"),
				rs.getObject("forward_due_date", LocalDate.class), rs.getString("current_step"),
				Timestamps.instant(rs, "due_at"), rs.getString("decision"), rs.getString("decision_detail"),
				rs.getBigDecimal("amount_recovered"), rs.getString("business_answer"),
				rs.getObject("case_id", UUID.class), rs.getString("process_instance_id"),
				rs.getString("request_hash"), Timestamps.instant(rs, "created_at"),
				Timestamps.instant(rs, "closed_at"));
	}
}
