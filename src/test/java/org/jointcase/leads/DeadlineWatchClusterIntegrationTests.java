package org.jointcase.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.RuntimeService;
import org.jointcase.ClusterNode;
import org.jointcase.IntegrationTest;
import org.jointcase.calendar.DeadlineRules;
import org.jointcase.directory.Role;
import org.jointcase.engine.CandidateGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deadlines in a cluster: 1,000 approval tasks of real transfers whose deadlines pass at the same moment, two nodes
 * (the shared context and a node of this test's own, each watching the deadlines) and one of them stopped while they
 * pass. Every task gets its supervision entry (督办) exactly once, within 60 s of the due time: a notice is taken and
 * written in one transaction, so the stopped node leaves none half-given, and the other node asks every second.
 */
@IntegrationTest
class DeadlineWatchClusterIntegrationTests {

	private static final int TASKS = 1000;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	@Test
	void athousandDeadlinesPassingAtOnceGiveOneSupervisionEntryEachWhileANodeStops() throws Exception {
		// An agency of its own, unknown to the directory: its entries go to itself and to no other test's inbox.
		String agency = "9999-T" + ThreadLocalRandom.current().nextInt(1000, 9999);
		List<String> instances = start(agency);
		ClusterNode other = ClusterNode.start();

		Instant due = Instant.now();
		int madeDue = jdbc.sql("update inbox_task set due_at = ?, notice_at = ? where agency_code = ? and closed_at is null")
			.params(Timestamp.from(due.minusSeconds(1)), Timestamp.from(due.minusSeconds(1)), agency)
			.update();
		assertThat(madeDue).isEqualTo(TASKS);

		while (entries(agency) < TASKS / 4 && Duration.between(due, Instant.now()).toSeconds() < 60) {
			Thread.sleep(100);
		}
		long beforeStop = entries(agency);
		other.close();
		while (entries(agency) < TASKS && Duration.between(due, Instant.now()).toSeconds() < 60) {
			Thread.sleep(200);
		}
		Duration took = Duration.between(due, Instant.now());
		System.out.printf("%d supervision entries %d s after their due time; %d made before a node stopped%n",
				entries(agency), took.toSeconds(), beforeStop);

		assertThat(entries(agency)).isEqualTo(TASKS);
		assertThat(took).isLessThan(Duration.ofSeconds(60));
		assertThat(jdbc.sql("""
				select count(distinct task_id) from deadline_notice where addressed_agency = ? and kind = 'SUPERVISION'""")
			.param(agency).query(Long.class).single()).isEqualTo(TASKS);
		runtime.deleteProcessInstances(instances, "test over", true, true);
	}

	/** {@code TASKS} transfers waiting at their approval, addressed to {@code agency}'s supervisors. */
	private List<String> start(String agency) throws Exception {
		Map<String, Object> variables = Map.of(LeadTransferProcess.SENDER_SUPERVISORS,
				CandidateGroups.of(agency, Role.SUPERVISOR), LeadTransferProcess.SENDER_INSPECTORS,
				CandidateGroups.of(agency, Role.INSPECTOR), LeadTransferProcess.TARGET_SUPERVISORS,
				CandidateGroups.of("3401-MR", Role.SUPERVISOR), LeadTransferProcess.APPROVE_RULE, DeadlineRules.APPROVE,
				LeadTransferProcess.ACCEPT_RULE, DeadlineRules.ACCEPT_TRANSFER);
		ExecutorService starters = Executors.newFixedThreadPool(4);
		try {
			List<Callable<String>> starts = new ArrayList<>();
			for (int i = 0; i < TASKS; i++) {
				starts.add(() -> runtime.startProcessInstanceByKey(LeadTransferProcess.KEY, UUID.randomUUID().toString(),
						variables).getId());
			}
			List<String> ids = new ArrayList<>();
			for (var started : starters.invokeAll(starts)) {
				ids.add(started.get());
			}
			return ids;
		}
		finally {
			starters.shutdown();
		}
	}

	private long entries(String agency) {
		return jdbc.sql("select count(*) from deadline_notice where addressed_agency = ? and kind = 'SUPERVISION'")
			.param(agency).query(Long.class).single();
	}
}
