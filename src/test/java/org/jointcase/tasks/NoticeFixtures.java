package org.jointcase.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Notices for tests that read and acknowledge one without waiting for a deadline timer to write it. */
public final class NoticeFixtures {

	private NoticeFixtures() {
	}

	/** A reminder of a transfer approval due now, addressed to {@code role} of {@code agency}; answers its id. */
	public static UUID reminder(JdbcClient jdbc, String agency, String role) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into deadline_notice (id, kind, task_id, process_key, step, step_name, addressed_agency,
				    addressed_role, task_agency, due_at, created_at)
				values (?, 'REMINDER', ?, 'lead-transfer', 'ApproveTransferTask', 'Approve the transfer', ?, ?, ?, ?, ?)""")
			.params(id, "notice-" + id, agency, role, agency, now, now)
			.update();
		return id;
	}
}
