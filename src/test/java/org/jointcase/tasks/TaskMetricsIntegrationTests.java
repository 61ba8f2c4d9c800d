package org.jointcase.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Open and overdue tasks per agency and process, and the notices sent, as Prometheus reads them. */
@IntegrationTest
class TaskMetricsIntegrationTests {

	private static final String SERIES = "{agency=\"340111-MR\",process=\"lead-transfer\"}";

	@LocalServerPort
	int port;

	@Autowired
	TaskMetrics metrics;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOpenTaskCountsAsOpenAndOnceItsDueTimeHasPassedAsOverdueAndNoticesAsSent() {
		ApiClient operator = ApiClient.as(port, "operator");
		metrics.read();
		String before = operator.get("/actuator/prometheus").toString();

		ApiClient inspector = ApiClient.as(port, "baohe.inspector");
		String caseId = inspector.post("/api/cases", Map.of("title", "Metrics", "summary", "s", "category", "OTHER",
				"regionCode", "340111")).json().path("id").asText();
		assertThat(inspector.post("/api/cases/" + caseId + "/transfers", Map.of("targetAgency", "340104-MR",
				"reason", "Metrics")).status()).isEqualTo(201);
		String task = jdbc.sql("select task_id from inbox_task where case_id = ?::uuid and closed_at is null")
			.param(caseId).query(String.class).single();
		jdbc.sql("update inbox_task set due_at = ? where task_id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(1))), task).update();
		NoticeFixtures.reminder(jdbc, "340111-MR", "SUPERVISOR");
		metrics.read();
		String after = operator.get("/actuator/prometheus").toString();

		assertThat(value(after, "jointcase_tasks_open" + SERIES)).isEqualTo(value(before, "jointcase_tasks_open" + SERIES) + 1);
		assertThat(value(after, "jointcase_tasks_overdue" + SERIES))
			.isEqualTo(value(before, "jointcase_tasks_overdue" + SERIES) + 1);
		String reminders = "jointcase_notices_sent_total{kind=\"reminder\"}";
		assertThat(value(after, reminders)).isEqualTo(value(before, reminders) + 1);
	}

	/** The series' value in Prometheus' text format, 0 when it is not there. */
	private static double value(String scrape, String series) {
		Matcher found = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
		return found.find() ? Double.parseDouble(found.group(1)) : 0;
	}
}
