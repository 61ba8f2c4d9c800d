package org.jointcase.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The inbox in Prometheus, read from the database every {@code jointcase.operations.metrics-interval} (30 s) so that
 * a scrape never waits for it; the values are the cluster's, the same on every node:
 * {@code jointcase_tasks_open{agency,process}} (open user tasks), {@code jointcase_tasks_overdue{agency,process}}
 * (open, past their due time and not suspended) and {@code jointcase_notices_sent_total{kind}} (reminders and
 * supervision entries sent so far).
 */
@Component
class TaskMetrics {

	private static final Logger log = LoggerFactory.getLogger(TaskMetrics.class);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final MultiGauge open;
	private final MultiGauge overdue;
	private final Map<DeadlineNotice.Kind, Double> sent = new ConcurrentHashMap<>();

	TaskMetrics(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.open = MultiGauge.builder("jointcase.tasks.open").description("Open user tasks").register(registry);
		this.overdue = MultiGauge.builder("jointcase.tasks.overdue")
			.description("Open user tasks past their due time, deadline not suspended").register(registry);
		for (DeadlineNotice.Kind kind : DeadlineNotice.Kind.values()) {
			FunctionCounter.builder("jointcase.notices.sent", sent, s -> s.getOrDefault(kind, Double.NaN))
				.tag("kind", kind.name().toLowerCase(Locale.ROOT))
				.description("Deadline notices sent: reminders and supervision entries")
				.register(registry);
		}
	}

	@Scheduled(fixedDelayString = "${jointcase.operations.metrics-interval:30s}", initialDelay = 0)
	void read() {
		try {
			List<Count> counts = jdbc.sql("""
					select agency_code, process_key, count(*) as open,
					       sum(case when suspended_at is null and due_at < ? then 1 else 0 end) as overdue
					from inbox_task where closed_at is null group by agency_code, process_key""")
				.param(Timestamp.from(clock.instant()))
				.query((row, number) -> new Count(Tags.of("agency", nullToEmpty(row.getString(1)), "process",
						row.getString(2)), row.getLong(3), row.getLong(4)))
				.list();
			open.register(counts.stream().map(count -> MultiGauge.Row.of(count.tags(), count.open())).toList(), true);
			overdue.register(counts.stream().map(count -> MultiGauge.Row.of(count.tags(), count.overdue())).toList(),
					true);
			for (DeadlineNotice.Kind kind : DeadlineNotice.Kind.values()) {
				sent.put(kind, jdbc.sql("select count(*) from deadline_notice where kind = ?").param(kind.name())
					.query(Long.class).single().doubleValue());
			}
		}
		catch (RuntimeException unavailable) {
			// The last values stay; the health check says why the database did not answer.
			log.warn("Could not read the inbox's metrics: {}", unavailable.toString());
		}
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private record Count(Tags tags, long open, long overdue) {
	}
}
