package org.jointcase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.tasks.NoticeFixtures;
import org.jointcase.IntegrationTest;
import org.jointcase.directory.Directory;
import org.jointcase.directory.NewOfficer;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every audited action class over the API leaves exactly one entry, with its officer, agency, target and outcome:
 * the inbox and its tasks, deadlines, notices, the directory and the calendar, allowed and refused. A change that
 * fails after its audit call leaves none.
 */
@IntegrationTest
class AuditCompletenessIntegrationTests {

	private static final String PASSWORD = "a-long-password";
	private static final AtomicInteger NAMES = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Inbox inbox;

	@Autowired
	Directory directory;

	@Test
	void theInboxListATaskReadClaimUnclaimAndAnActionAreEachOneEntry() {
		// The proposer is a supervisor of the approving agency too: separation of duties refuses them the approval.
		String proposer = officer("3401-MR", "INSPECTOR", "SUPERVISOR");
		UUID caseId = caseProposedBy(proposer, "Task audit");
		ApiClient supervisor = as("hefei.supervisor");
		String task = approval(caseId);

		long before = lastSequence();
		assertThat(supervisor.get("/api/tasks?caseId=" + caseId).status()).isEqualTo(200);
		Entry list = only(before, "task.list");
		assertThat(list).isEqualTo(new Entry("hefei.supervisor", "3401-MR", "task.list", "task", "list", caseId,
				"ALLOWED", "1 tasks"));

		before = lastSequence();
		assertThat(supervisor.get("/api/tasks/" + task).status()).isEqualTo(200);
		assertTaskEntry(before, "task.read", "hefei.supervisor", task, caseId, "ALLOWED");
		before = lastSequence();
		assertThat(as("wuhu.inspector").get("/api/tasks/" + task).status()).isEqualTo(404);
		assertTaskEntry(before, "task.read", "wuhu.inspector", task, caseId, "REFUSED_NOT_VISIBLE");

		before = lastSequence();
		assertThat(as("wuhu.inspector").post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(404);
		assertTaskEntry(before, "task.claim", "wuhu.inspector", task, caseId, "REFUSED_NOT_VISIBLE");
		before = lastSequence();
		assertThat(as(proposer).post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(403);
		assertThat(assertTaskEntry(before, "task.claim", proposer, task, caseId, "REFUSED_FORBIDDEN").detail())
			.isEqualTo("separation-of-duties");
		before = lastSequence();
		assertThat(supervisor.post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(200);
		assertTaskEntry(before, "task.claim", "hefei.supervisor", task, caseId, "ALLOWED");
		// The task answered with the claim is not a read of its own.
		assertThat(entries(before, "task.read")).isEmpty();

		before = lastSequence();
		assertThat(supervisor.post("/api/tasks/" + task + "/unclaim", Map.of()).status()).isEqualTo(200);
		assertTaskEntry(before, "task.unclaim", "hefei.supervisor", task, caseId, "ALLOWED");

		before = lastSequence();
		assertThat(as("wuhu.inspector").post("/api/tasks/" + task + "/actions/approve", Map.of()).status())
			.isEqualTo(404);
		assertTaskEntry(before, "task.approve", "wuhu.inspector", task, caseId, "REFUSED_NOT_VISIBLE");
		before = lastSequence();
		assertThat(as(proposer).post("/api/tasks/" + task + "/actions/approve", Map.of()).status()).isEqualTo(403);
		assertTaskEntry(before, "task.approve", proposer, task, caseId, "REFUSED_FORBIDDEN");
		before = lastSequence();
		assertThat(supervisor.post("/api/tasks/" + task + "/actions/approve", Map.of("note", "ok")).status())
			.isEqualTo(204);
		assertTaskEntry(before, "task.approve", "hefei.supervisor", task, caseId, "ALLOWED");
	}

	@Test
	void eachDeadlineChangeIsOneEntry() {
		UUID caseId = caseProposedBy("hefei.inspector", "Deadline audit");
		String task = approval(caseId);
		ApiClient supervisor = as("hefei.supervisor");

		long before = lastSequence();
		assertThat(as("wuhu.supervisor").post("/api/tasks/" + task + "/deadline/extension",
				Map.of("workingDays", 1, "reason", "Not mine")).status()).isEqualTo(404);
		assertTaskEntry(before, "task.extend-deadline", "wuhu.supervisor", task, caseId, "REFUSED_NOT_VISIBLE");
		before = lastSequence();
		assertThat(supervisor.post("/api/tasks/" + task + "/deadline/extension",
				Map.of("workingDays", 1, "reason", "Waiting for the lab")).status()).isEqualTo(200);
		assertTaskEntry(before, "task.extend-deadline", "hefei.supervisor", task, caseId, "ALLOWED");
		assertThat(entries(before, "task.read")).isEmpty();

		before = lastSequence();
		assertThat(supervisor.post("/api/tasks/" + task + "/deadline/suspension", Map.of("reason", "Appraisal"))
			.status()).isEqualTo(200);
		assertTaskEntry(before, "task.suspend-deadline", "hefei.supervisor", task, caseId, "ALLOWED");

		// Resuming twice: the second is a conflict (409), not a refusal, and leaves no entry.
		before = lastSequence();
		assertThat(supervisor.post("/api/tasks/" + task + "/deadline/resumption", Map.of("reason", "Appraisal back"))
			.status()).isEqualTo(200);
		assertThat(supervisor.post("/api/tasks/" + task + "/deadline/resumption", Map.of("reason", "Again"))
			.status()).isEqualTo(409);
		assertTaskEntry(before, "task.resume-deadline", "hefei.supervisor", task, caseId, "ALLOWED");
	}

	@Test
	void theNoticesListAndAnAcknowledgementAreEachOneEntry() {
		UUID id = NoticeFixtures.reminder(jdbc, "3402-CT", "supervisor");
		String supervisor = officer("3402-CT", "SUPERVISOR");
		String inspector = officer("3402-CT", "INSPECTOR");

		long before = lastSequence();
		assertThat(as(supervisor).get("/api/notices").status()).isEqualTo(200);
		Entry list = only(before, "notice.list");
		assertThat(list.officer() + " " + list.agencyCode() + " " + list.targetType() + " " + list.targetId() + " "
				+ list.outcome()).isEqualTo(supervisor + " 3402-CT notice list ALLOWED");
		assertThat(list.detail()).endsWith(" notices");

		before = lastSequence();
		assertThat(as(inspector).post("/api/notices/" + id + "/acknowledgement", Map.of()).status()).isEqualTo(404);
		assertThat(only(before, "notice.acknowledge")).isEqualTo(new Entry(inspector, "3402-CT", "notice.acknowledge",
				"notice", id.toString(), null, "REFUSED_NOT_VISIBLE", null));
		before = lastSequence();
		assertThat(as(supervisor).post("/api/notices/" + id + "/acknowledgement", Map.of()).status()).isEqualTo(204);
		assertThat(as(supervisor).post("/api/notices/" + id + "/acknowledgement", Map.of()).status()).isEqualTo(409);
		assertThat(only(before, "notice.acknowledge")).isEqualTo(new Entry(supervisor, "3402-CT",
				"notice.acknowledge", "notice", id.toString(), null, "ALLOWED", null));
	}

	@Test
	void eachDirectoryChangeIsOneEntryByTheAdministratorAndNoneHoldsThePassword() {
		ApiClient admin = as("admin");
		// A city of its own, so that the agencies other tests rely on stay as they are.
		jdbc.sql("insert into region (code, parent_code, level, name_zh, name_en) values ('3498', '34', 'CITY', ?, ?)")
			.params("审计市", "Audit City").update();
		long before = lastSequence();
		assertThat(admin.post("/api/directory/agencies", Map.of("departmentCode", "MR", "regionCode", "3498",
				"nameZh", "审计市市场监督管理局", "nameEn", "Audit City Market Regulation")).status()).isEqualTo(201);
		assertThat(only(before, "agency.create")).isEqualTo(new Entry("admin", "34-MR", "agency.create", "agency",
				"3498-MR", null, "ALLOWED", null));

		String username = "audited." + NAMES.incrementAndGet() + "." + System.nanoTime();
		before = lastSequence();
		assertThat(admin.post("/api/directory/officers", Map.of("username", username, "displayName", username,
				"agencyCode", "3498-MR", "password", PASSWORD, "roles", List.of("INSPECTOR"))).status()).isEqualTo(201);
		Entry created = only(before, "officer.create");
		assertThat(created).isEqualTo(new Entry("admin", "34-MR", "officer.create", "officer", username, null,
				"ALLOWED", "agency 3498-MR, roles INSPECTOR"));
		assertThat(jdbc.sql("select count(*) from audit_entry where seq > ? and (detail like ? or detail like '%$2a$%')")
			.params(before, "%" + PASSWORD + "%").query(Long.class).single()).isZero();

		before = lastSequence();
		assertThat(admin.put("/api/directory/officers/" + username + "/roles",
				Map.of("roles", List.of("SUPERVISOR", "INSPECTOR"))).status()).isEqualTo(200);
		assertThat(only(before, "officer.change-roles")).isEqualTo(new Entry("admin", "34-MR", "officer.change-roles",
				"officer", username, null, "ALLOWED", "roles INSPECTOR, SUPERVISOR"));
		// A non-administrator's change is refused by method security, recorded once as every refusal by role.
		before = lastSequence();
		assertThat(as("hefei.supervisor").put("/api/directory/officers/" + username + "/roles",
				Map.of("roles", List.of("ADMINISTRATOR"))).status()).isEqualTo(403);
		assertThat(entries(before, "officer.change-roles")).isEmpty();
		assertThat(only(before, "method.call")).isEqualTo(new Entry("hefei.supervisor", "3401-MR", "method.call",
				"method", "Directory.changeRoles", null, "REFUSED_FORBIDDEN",
				"PUT /api/directory/officers/" + username + "/roles"));

		before = lastSequence();
		assertThat(admin.put("/api/directory/officers/" + username + "/enabled", Map.of("enabled", false)).status())
			.isEqualTo(200);
		assertThat(only(before, "officer.disable")).isEqualTo(new Entry("admin", "34-MR", "officer.disable", "officer",
				username, null, "ALLOWED", null));
		before = lastSequence();
		assertThat(admin.put("/api/directory/officers/" + username + "/enabled", Map.of("enabled", true)).status())
			.isEqualTo(200);
		assertThat(only(before, "officer.enable")).isEqualTo(new Entry("admin", "34-MR", "officer.enable", "officer",
				username, null, "ALLOWED", null));
	}

	@Test
	void aReplacedCalendarYearIsOneEntryAndARefusedOneToo() {
		// A year no deadline of the other tests reaches.
		Map<String, Object> schedule = Map.of("notice", "Audit test schedule", "holidays",
				List.of(Map.of("name", "Audit day", "first", "2099-05-01", "last", "2099-05-01")), "workingDays",
				List.of());
		long before = lastSequence();
		assertThat(as("hefei.inspector").put("/api/calendar/years/2099", schedule).status()).isEqualTo(403);
		assertThat(only(before, "calendar-year.replace")).isEqualTo(new Entry("hefei.inspector", "3401-MR",
				"calendar-year.replace", "calendar-year", "2099", null, "REFUSED_FORBIDDEN", "administrators-only"));
		before = lastSequence();
		assertThat(as("admin").put("/api/calendar/years/2099", schedule).status()).isEqualTo(200);
		assertThat(only(before, "calendar-year.replace")).isEqualTo(new Entry("admin", "34-MR",
				"calendar-year.replace", "calendar-year", "2099", null, "ALLOWED", null));
	}

	@Test
	void aClaimThatFailsAfterItsAuditCallLeavesNoEntryAndNoClaim() {
		UUID caseId = caseProposedBy("hefei.inspector", "Claim that rolls back");
		String task = approval(caseId);
		SignedInOfficer supervisor = signedIn("hefei.supervisor");

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			inbox.claim(supervisor, task);
			// The claim and its audit entry are written; then the transaction fails on a constraint.
			jdbc.sql("insert into inbox_task select * from inbox_task where task_id = ?").param(task).update();
		})).isInstanceOf(DataIntegrityViolationException.class);

		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'task.claim' and target_id = ?")
			.param(task).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from act_ru_task where id_ = ? and assignee_ is null").param(task)
			.query(Long.class).single()).isOne();
	}

	@Test
	void anOfficerCreationThatFailsAfterItsEventLeavesNoEntryAndNoOfficer() {
		String username = "rolled.back." + NAMES.incrementAndGet() + "." + System.nanoTime();
		SignedInOfficer admin = signedIn("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
		try {
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
				directory.createOfficer(admin.officer(),
						new NewOfficer(username, username, "3401-MR", PASSWORD, Set.of(Role.INSPECTOR)));
				// The officer and the entry of their creation are written; then the transaction fails.
				jdbc.sql("insert into officer select * from officer where username = ?").param(username).update();
			})).isInstanceOf(DataIntegrityViolationException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(jdbc.sql("select count(*) from audit_entry where target_id = ?").param(username).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from officer where username = ?").param(username).query(Long.class)
			.single()).isZero();

		// A second creation under a name taken is a conflict: no entry either.
		String taken = officer("3401-MR", "INSPECTOR");
		long before = lastSequence();
		assertThat(as("admin").post("/api/directory/officers", Map.of("username", taken, "displayName", taken,
				"agencyCode", "3401-MR", "password", PASSWORD, "roles", List.of("INSPECTOR"))).status()).isEqualTo(409);
		assertThat(entries(before, "officer.create")).isEmpty();
	}

	/** One entry of the trail, as these tests compare it. */
	record Entry(String officer, String agencyCode, String action, String targetType, String targetId, UUID caseId,
			String outcome, String detail) {
	}

	private List<Entry> entries(long since, String action) {
		return jdbc.sql("""
				select officer, agency_code, action, target_type, target_id, case_id, outcome, detail
				from audit_entry where seq > ? and action = ? order by seq""")
			.params(since, action)
			.query((row, n) -> new Entry(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getString(5), row.getObject(6, UUID.class), row.getString(7), row.getString(8)))
			.list();
	}

	/** The one entry with {@code action} recorded after {@code since}. */
	private Entry only(long since, String action) {
		List<Entry> found = entries(since, action);
		assertThat(found).as(action).hasSize(1);
		return found.get(0);
	}

	private Entry assertTaskEntry(long since, String action, String officer, String task, UUID caseId,
			String outcome) {
		Entry entry = only(since, action);
		assertThat(entry.officer()).isEqualTo(officer);
		assertThat(entry.agencyCode()).isEqualTo(agencyOf(officer));
		assertThat(entry.targetType()).isEqualTo("task");
		assertThat(entry.targetId()).isEqualTo(task);
		assertThat(entry.caseId()).isEqualTo(caseId);
		assertThat(entry.outcome()).isEqualTo(outcome);
		return entry;
	}

	private String agencyOf(String officer) {
		return jdbc.sql("select agency_code from officer where username = ?").param(officer).query(String.class)
			.single();
	}

	private long lastSequence() {
		return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
	}

	private ApiClient as(String username) {
		return ApiClient.as(port, username);
	}

	private SignedInOfficer signedIn(String username) {
		var officer = directory.officer(username).orElseThrow();
		return new SignedInOfficer(officer, directory.agency(officer.agencyCode()).orElseThrow(), null);
	}

	/** A new officer, created by the administrator; answers the username. */
	private String officer(String agency, String... roles) {
		String username = "audit." + NAMES.incrementAndGet() + "." + System.nanoTime();
		ApiClient.Response created = as("admin").post("/api/directory/officers", Map.of("username", username,
				"displayName", username, "agencyCode", agency, "password", PASSWORD, "roles", List.of(roles)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return username;
	}

	/** A case of 3401 whose transfer to Wuhu {@code proposer} proposed: its approval waits for Hefei's supervisors. */
	private UUID caseProposedBy(String proposer, String title) {
		ApiClient.Response created = as(proposer).post("/api/cases", Map.of("title", title, "summary",
				title + " reported", "category", "OTHER", "regionCode", "3401"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID caseId = UUID.fromString(created.json().path("id").asText());
		ApiClient.Response proposed = as(proposer).post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", "3402-MR", "reason", "Not in our jurisdiction"));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		return caseId;
	}

	private String approval(UUID caseId) {
		JsonNode items = as("hefei.supervisor").get("/api/tasks?caseId=" + caseId + "&step=ApproveTransferTask")
			.json().path("items");
		assertThat(items.size()).isEqualTo(1);
		return items.get(0).path("id").asText();
	}
}
