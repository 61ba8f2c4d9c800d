package org.jointcase.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jointcase.calendar.Deadline;
import org.jointcase.persistence.Timestamps;
import org.jointcase.persistence.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InboxRepository {

	/** The counts of open and overdue tasks; the parameter is the time to count as now. */
	private static final String OPEN_AND_OVERDUE = "select count(*) as open_tasks,"
			+ " sum(case when due_at <= ? and suspended_at is null then 1 else 0 end) as overdue_tasks";

	private final JdbcClient jdbc;
	private final ObjectMapper json;

	InboxRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A task's deadline travels as JSON within one engine command: computed and written by {@link DeadlineStart},
	 * read back as the task is created and written again into its inbox row. The JSON of each deadline the
	 * transaction wrote is kept with it, so that it is made and parsed once.
	 */
	private record Converted(Map<Deadline, String> json, Map<String, Deadline> deadlines) {
	}

	private Converted converted() {
		return TransactionScoped.value(this, () -> new Converted(new HashMap<>(), new HashMap<>()), done -> {
		});
	}

	String write(Deadline deadline) {
		if (deadline == null) {
			return null;
		}
		Converted converted = converted();
		String written = converted == null ? null : converted.json().get(deadline);
		if (written != null) {
			return written;
		}
		try {
			written = json.writeValueAsString(deadline);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
		if (converted != null) {
			converted.json().put(deadline, written);
			converted.deadlines().put(written, deadline);
		}
		return written;
	}

	Deadline read(String deadline) {
		if (deadline == null) {
			return null;
		}
		Converted converted = converted();
		Deadline known = converted == null ? null : converted.deadlines().get(deadline);
		if (known != null) {
			return known;
		}
		try {
			return json.readValue(deadline, Deadline.class);
		}
		catch (JsonProcessingException corrupt) {
			throw new IllegalStateException("Unreadable deadline " + deadline, corrupt);
		}
	}

	void insert(OpenTask task, String processInstanceId) {
		jdbc.sql("""
				insert into inbox_task (task_id, process_instance_id, process_key, record_id, step, step_name, case_id,
				    case_reference, case_title, candidate_group, agency_code, role, assignee, created_at, due_at,
				    reminder_at, deadline, approves_work_of, notice_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(task.id(), processInstanceId, task.process(), task.recordId(), task.step(), task.stepName(),
					task.caseId(), task.caseReference(), task.caseTitle(),
					task.agencyCode() == null ? null : task.agencyCode() + ":" + task.role(), task.agencyCode(),
					task.role(), task.assignee(), Timestamps.of(task.createdAt()), Timestamps.of(task.dueAt()),
					Timestamps.of(task.deadline() == null ? null : task.deadline().reminderAt()), write(task.deadline()),
					task.approvesWorkOf(),
					Timestamps.of(task.deadline() == null ? null : nextNotice(task.deadline(), task.createdAt())))
			.update();
	}

	Optional<OpenTask> find(String taskId, boolean lock) {
		return jdbc.sql("select * from inbox_task where task_id = ?" + (lock ? " for update" : ""))
			.param(taskId)
			.query((rs, n) -> task(rs, Instant.now()))
			.optional();
	}

	void assign(String taskId, String assignee) {
		jdbc.sql("update inbox_task set assignee = ? where task_id = ?").params(assignee, taskId).update();
	}

	void close(String taskId, String by, String outcome, Instant at) {
		jdbc.sql("""
				update inbox_task set closed_at = ?, closed_by = ?, outcome = ?, notice_at = null
				where task_id = ? and closed_at is null""")
			.params(Timestamps.of(at), by, outcome, taskId)
			.update();
	}

	/**
	 * Moves the task's deadline, its notices with it; {@code extendedBy} working days count against its rule's
	 * extension limit.
	 */
	void reschedule(String taskId, Deadline deadline, int extendedBy, Instant now) {
		jdbc.sql("""
				update inbox_task set deadline = ?, due_at = ?, reminder_at = ?, notice_at = ?, suspended_at = null,
				    extended_working_days = extended_working_days + ?
				where task_id = ?""")
			.params(write(deadline), Timestamps.of(deadline.dueAt()), Timestamps.of(deadline.reminderAt()),
					Timestamps.of(nextNotice(deadline, now)), extendedBy, taskId)
			.update();
	}

	/** A suspended deadline gives no notice until it runs again. */
	void suspend(String taskId, Instant at) {
		jdbc.sql("update inbox_task set suspended_at = ?, notice_at = null where task_id = ?")
			.params(Timestamps.of(at), taskId)
			.update();
	}

	/** The reminder while its time is ahead, else the supervision entry at the due date. */
	private static Instant nextNotice(Deadline deadline, Instant now) {
		Instant reminder = deadline.reminderAt();
		return reminder != null && now.isBefore(reminder) && reminder.isBefore(deadline.dueAt()) ? reminder
				: deadline.dueAt();
	}

	/** A notice due on a task: the task and when it fell due. */
	record DueNotice(String taskId, Instant at) {
	}

	/** The first {@code limit} notices due at {@code now}, the longest due first. */
	List<DueNotice> noticesDue(Instant now, int limit) {
		return jdbc.sql("select task_id, notice_at from inbox_task where notice_at <= ? order by notice_at limit ?")
			.params(Timestamps.of(now), limit)
			.query((rs, n) -> new DueNotice(rs.getString("task_id"), Timestamps.instant(rs, "notice_at")))
			.list();
	}

	/** Moves a notice that failed to {@code until}, where it is still pending as read. */
	void postponeNotice(DueNotice due, Instant until) {
		jdbc.sql("update inbox_task set notice_at = ? where task_id = ? and notice_at = ?")
			.params(Timestamps.of(until), due.taskId(), Timestamps.of(due.at()))
			.update();
	}

	/**
	 * Takes a due notice where it is still pending as read: the next one is the supervision entry at the due date
	 * unless that has passed too (a reminder after its deadline tells nothing the entry does not). False when another
	 * node took it, or the task closed, was suspended or rescheduled meanwhile; the row stays locked until commit.
	 */
	boolean takeNotice(DueNotice due, Instant now) {
		return jdbc.sql("""
				update inbox_task set notice_at = case when due_at <= ? then null else due_at end
				where task_id = ? and notice_at = ? and closed_at is null and suspended_at is null""")
			.params(Timestamps.of(now), due.taskId(), Timestamps.of(due.at()))
			.update() == 1;
	}

	/** Filters of the inbox, each optional. */
	record InboxFilter(String process, String step, UUID caseId, Boolean overdue, String text, Boolean claimed,
			String assignee) {
	}

	/** Tasks without a deadline sort as if due at the end of time, so that the keyset stays total. */
	static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");

	/** Where a page of the inbox ends: its last task's due time and id. */
	record Position(Instant dueAt, String taskId) {
	}

	/**
	 * Open tasks addressed to one of {@code groups}, soonest due first (tasks without a deadline last), after the
	 * keyset position.
	 */
	List<OpenTask> open(List<String> groups, InboxFilter filter, Instant now, boolean latestFirst, Position after,
			int limit) {
		if (groups.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>(groups);
		StringBuilder sql = new StringBuilder("select * from inbox_task where closed_at is null and " + inGroups(groups));
		equalTo(sql, params, "process_key", filter.process());
		equalTo(sql, params, "step", filter.step());
		equalTo(sql, params, "case_id", filter.caseId());
		if (Boolean.TRUE.equals(filter.overdue())) {
			sql.append(" and due_at <= ? and suspended_at is null");
			params.add(Timestamps.of(now));
		}
		if (filter.text() != null) {
			String like = "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%";
			sql.append(" and (lower(case_reference) like ? escape '\\' or lower(case_title) like ? escape '\\')");
			params.add(like);
			params.add(like);
		}
		if (filter.claimed() != null) {
			sql.append(filter.claimed() ? " and assignee is not null" : " and assignee is null");
		}
		if (filter.assignee() != null) {
			sql.append(" and assignee = ?");
			params.add(filter.assignee());
		}
		String due = "coalesce(due_at, ?)";
		if (after != null) {
			String direction = latestFirst ? "<" : ">";
			sql.append(" and (").append(due).append(" ").append(direction).append(" ? or (").append(due)
				.append(" = ? and task_id ").append(direction).append(" ?))");
			params.add(Timestamps.of(NO_DEADLINE));
			params.add(Timestamps.of(after.dueAt()));
			params.add(Timestamps.of(NO_DEADLINE));
			params.add(Timestamps.of(after.dueAt()));
			params.add(after.taskId());
		}
		String order = latestFirst ? " desc" : "";
		sql.append(" order by ").append(due).append(order).append(", task_id").append(order).append(" limit ?");
		params.add(Timestamps.of(NO_DEADLINE));
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> task(rs, now)).list();
	}

	/** Open and overdue tasks per process, over the same tasks as {@link #open} without filters. */
	List<Inbox.ProcessCount> counts(List<String> groups, Instant now) {
		if (groups.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		params.add(Timestamps.of(now));
		params.addAll(groups);
		return jdbc.sql(OPEN_AND_OVERDUE + ", process_key from inbox_task where closed_at is null and "
				+ inGroups(groups) + " group by process_key order by process_key")
			.params(params)
			.query((rs, n) -> new Inbox.ProcessCount(rs.getString("process_key"), rs.getLong("open_tasks"),
					rs.getLong("overdue_tasks")))
			.list();
	}

	/** The distinct steps of the open tasks addressed to {@code groups}. */
	List<Inbox.ProcessStep> steps(List<String> groups) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select distinct process_key, step from inbox_task where closed_at is null and "
				+ inGroups(groups) + " order by process_key, step")
			.params(List.copyOf(groups))
			.query((rs, n) -> new Inbox.ProcessStep(rs.getString("process_key"), rs.getString("step")))
			.list();
	}

	/** Narrows {@code sql} to rows whose {@code column} equals {@code value}; no condition for a {@code null} filter. */
	private static void equalTo(StringBuilder sql, List<Object> params, String column, Object value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = ?");
			params.add(value);
		}
	}

	private static String inGroups(List<String> groups) {
		return "candidate_group in (" + "?, ".repeat(groups.size() - 1) + "?)";
	}

	/**
	 * The pattern of the agency codes inside a region: GB/T 2260 codes nest by prefix (34, 3401, 340104) and an
	 * agency's code starts with its region's, so the agencies of a region and of every region inside it are those
	 * whose code starts with the region's.
	 */
	private static String inRegion(String regionCode) {
		return regionCode.replace("%", "").replace("_", "") + "%";
	}

	List<Inbox.Load> loads(String regionCode, Instant now) {
		return jdbc.sql(OPEN_AND_OVERDUE + ", sum(case when suspended_at is null and reminder_at <= ? and due_at > ?"
				+ " then 1 else 0 end) as soon_due_tasks, agency_code, process_key from inbox_task"
				+ " where closed_at is null and agency_code like ?"
				+ " group by agency_code, process_key order by agency_code, process_key")
			.params(Timestamps.of(now), Timestamps.of(now), Timestamps.of(now), inRegion(regionCode))
			.query((rs, n) -> new Inbox.Load(rs.getString("agency_code"), rs.getString("process_key"),
					rs.getLong("open_tasks"), rs.getLong("overdue_tasks"), rs.getLong("soon_due_tasks")))
			.list();
	}

	/** The open tasks of one agency inside a region, soonest due first: the overview's drill-down. */
	List<OpenTask> openOfAgency(String regionCode, String agencyCode, Instant now, int limit) {
		return jdbc.sql("select * from inbox_task where closed_at is null and agency_code like ? and agency_code = ?"
				+ " order by coalesce(due_at, ?), task_id limit ?")
			.params(inRegion(regionCode), agencyCode, Timestamps.of(NO_DEADLINE), limit)
			.query((rs, n) -> task(rs, now))
			.list();
	}

	List<OpenTask> overdue(String regionCode, Instant now, int limit) {
		return jdbc.sql("select * from inbox_task where closed_at is null and agency_code like ? and due_at <= ?"
				+ " and suspended_at is null order by due_at, task_id limit ?")
			.params(inRegion(regionCode), Timestamps.of(now), limit)
			.query((rs, n) -> task(rs, now))
			.list();
	}

	/** How many tasks of a step the agency completed with {@code action} in [from, to). */
	long completed(String agencyCode, String process, String step, String action, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*) from inbox_task where agency_code = ? and process_key = ? and step = ? and outcome = ?
				    and closed_at >= ? and closed_at < ?""")
			.params(agencyCode, process, step, action, Timestamps.of(from), Timestamps.of(to))
			.query(Long.class).single();
	}

	/** Open tasks of a process instance (of any agency), for process records. */
	List<OpenTask> ofProcess(String processInstanceId) {
		Instant now = Instant.now();
		return jdbc.sql("select * from inbox_task where process_instance_id = ? order by created_at, task_id")
			.param(processInstanceId)
			.query((rs, n) -> task(rs, now))
			.list();
	}

	private OpenTask task(ResultSet rs, Instant now) throws SQLException {
		Instant dueAt = Timestamps.instant(rs, "due_at");
		Instant reminderAt = Timestamps.instant(rs, "reminder_at");
		Instant suspendedAt = Timestamps.instant(rs, "suspended_at");
		boolean running = suspendedAt == null && rs.getObject("closed_at") == null;
		boolean overdue = running && dueAt != null && !now.isBefore(dueAt);
		boolean soonDue = running && !overdue && reminderAt != null && !now.isBefore(reminderAt);
		return new OpenTask(rs.getString("task_id"), rs.getString("process_key"), rs.getString("record_id"),
				rs.getString("step"), rs.getString("step_name"), rs.getObject("case_id", UUID.class),
				rs.getString("case_reference"), rs.getString("case_title"), rs.getString("agency_code"),
				rs.getString("role"), rs.getString("assignee"), Timestamps.instant(rs, "created_at"), read(rs.getString("deadline")),
				dueAt, suspendedAt, overdue, soonDue, Timestamps.instant(rs, "closed_at"), rs.getString("closed_by"),
				rs.getString("outcome"), rs.getString("approves_work_of"), rs.getInt("extended_working_days"), null);
	}

	boolean noticeExists(String taskId, String kind, Instant dueAt) {
		return jdbc.sql("select count(*) from deadline_notice where task_id = ? and kind = ? and due_at = ?")
			.params(taskId, kind, Timestamps.of(dueAt))
			.query(Long.class)
			.single() > 0;
	}

	void insertNotice(DeadlineNotice notice) {
		jdbc.sql("""
				insert into deadline_notice (id, kind, task_id, process_key, record_id, step, step_name, case_id,
				    case_reference, addressed_agency, addressed_role, task_agency, due_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(notice.id(), notice.kind().name(), notice.taskId(), notice.process(), notice.recordId(),
					notice.step(), notice.stepName(), notice.caseId(), notice.caseReference(),
					notice.addressedAgency(), notice.addressedRole(), notice.taskAgency(), Timestamps.of(notice.dueAt()),
					Timestamps.of(notice.createdAt()))
			.update();
	}

	/** Where a page of notices ends: the creation time and id of its last notice. */
	record NoticePosition(Instant createdAt, UUID id) {
	}

	/** Filters of the notice list, each optional; {@code includeAcknowledged} false keeps the unread ones. */
	record NoticeFilter(DeadlineNotice.Kind kind, String process, String step, UUID caseId,
			boolean includeAcknowledged) {
	}

	/**
	 * The notices addressed to one of {@code roles} (as groups name them) of {@code agency}, newest first, after
	 * {@code after} ({@code null} for the first page): a keyset page on (created_at, id) that the index
	 * {@code deadline_notice_page} serves without reading the notices before it.
	 */
	List<DeadlineNotice> notices(String agency, List<String> roles, NoticeFilter filter, NoticePosition after,
			int limit) {
		if (roles.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select * from deadline_notice where addressed_agency = ? and addressed_role in (")
			.append("?, ".repeat(roles.size() - 1)).append("?)");
		List<Object> params = new ArrayList<>();
		params.add(agency);
		params.addAll(roles);
		if (!filter.includeAcknowledged()) {
			sql.append(" and acknowledged_at is null");
		}
		equalTo(sql, params, "kind", filter.kind() == null ? null : filter.kind().name());
		equalTo(sql, params, "process_key", filter.process());
		equalTo(sql, params, "step", filter.step());
		equalTo(sql, params, "case_id", filter.caseId());
		if (after != null) {
			sql.append(" and (created_at < ? or (created_at = ? and id < ?))");
			params.add(Timestamps.of(after.createdAt()));
			params.add(Timestamps.of(after.createdAt()));
			params.add(after.id());
		}
		sql.append(" order by created_at desc, id desc limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> notice(rs)).list();
	}

	/** How many notices addressed to {@code roles} of {@code agency} nobody has acknowledged yet. */
	int unreadNotices(String agency, List<String> roles) {
		if (roles.isEmpty()) {
			return 0;
		}
		List<Object> params = new ArrayList<>();
		params.add(agency);
		params.addAll(roles);
		return jdbc.sql("select count(*) from deadline_notice where addressed_agency = ? and addressed_role in ("
				+ "?, ".repeat(roles.size() - 1) + "?) and acknowledged_at is null")
			.params(params)
			.query(Integer.class)
			.single();
	}

	Optional<DeadlineNotice> notice(UUID noticeId, boolean lock) {
		return jdbc.sql("select * from deadline_notice where id = ?" + (lock ? " for update" : ""))
			.param(noticeId)
			.query((rs, n) -> notice(rs))
			.optional();
	}

	private static DeadlineNotice notice(ResultSet rs) throws SQLException {
		return new DeadlineNotice(rs.getObject("id", UUID.class), DeadlineNotice.Kind.valueOf(rs.getString("kind")),
				rs.getString("task_id"), rs.getString("process_key"), rs.getString("record_id"), rs.getString("step"),
				rs.getString("step_name"), rs.getObject("case_id", UUID.class), rs.getString("case_reference"),
				rs.getString("addressed_agency"), rs.getString("addressed_role"), rs.getString("task_agency"),
				Timestamps.instant(rs, "due_at"), Timestamps.instant(rs, "created_at"),
				Timestamps.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"), null);
	}

	void acknowledge(UUID noticeId, String by, Instant at) {
		jdbc.sql("update deadline_notice set acknowledged_at = ?, acknowledged_by = ? where id = ?")
			.params(Timestamps.of(at), by, noticeId)
			.update();
	}
}
