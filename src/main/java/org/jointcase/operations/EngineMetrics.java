package org.jointcase.operations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The engine in Prometheus ({@code /actuator/prometheus}), read from the database every
 * {@code jointcase.operations.metrics-interval} (30 s) so that a scrape never waits for it; the values are the
 * cluster's, the same on every node:
 * <ul>
 * <li>{@code jointcase_engine_incidents{process,type}}: open incidents;</li>
 * <li>{@code jointcase_engine_jobs_due}: jobs due now and not yet run (the job executor's backlog), and
 * {@code jointcase_engine_jobs_failed}: failed jobs without retries left;</li>
 * <li>{@code camunda_<metric>_total}: Camunda's own engine metrics ({@link Metrics}: activity instances, job
 * acquisition and execution, root process instances), as the engine reports them to the database (every 15
 * minutes).</li>
 * </ul>
 */
@Component
class EngineMetrics {

	private static final Logger log = LoggerFactory.getLogger(EngineMetrics.class);

	private static final List<String> ENGINE = List.of(Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END,
			Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
			Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
			Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.EXECUTED_DECISION_ELEMENTS);

	private final RuntimeService runtime;
	private final ManagementService management;
	private final Operations operations;
	private final MultiGauge incidents;
	private final Map<String, Double> values = new ConcurrentHashMap<>();

	EngineMetrics(RuntimeService runtime, ManagementService management, Operations operations,
			MeterRegistry registry) {
		this.runtime = runtime;
		this.management = management;
		this.operations = operations;
		this.incidents = MultiGauge.builder("jointcase.engine.incidents")
			.description("Open incidents of the engine").register(registry);
		Gauge.builder("jointcase.engine.jobs.due", values, v -> v.getOrDefault("due", Double.NaN))
			.description("Jobs due now that the job executor has not run yet").register(registry);
		Gauge.builder("jointcase.engine.jobs.failed", values, v -> v.getOrDefault("failed", Double.NaN))
			.description("Failed jobs without retries left").register(registry);
		for (String metric : ENGINE) {
			FunctionCounter.builder("camunda." + metric.replace('-', '.'), values,
					v -> v.getOrDefault(metric, Double.NaN))
				.description("Camunda engine metric " + metric + ", as reported to the database").register(registry);
		}
	}

	@Scheduled(fixedDelayString = "${jointcase.operations.metrics-interval:30s}", initialDelay = 0)
	void read() {
		try {
			List<Incident> open = runtime.createIncidentQuery().list();
			Map<String, String> keys = operations.definitionKeys(
					open.stream().map(Incident::getProcessDefinitionId).distinct().toList());
			Map<Tags, Long> counted = open.stream()
				.collect(Collectors.groupingBy(incident -> Tags.of("process",
						keys.getOrDefault(incident.getProcessDefinitionId(), ""), "type", incident.getIncidentType()),
						Collectors.counting()));
			incidents.register(counted.entrySet().stream()
				.map(entry -> MultiGauge.Row.of(entry.getKey(), entry.getValue()))
				.toList(), true);
			values.put("due", (double) management.createJobQuery().executable().active().count());
			values.put("failed", (double) management.createJobQuery().noRetriesLeft().count());
			for (String metric : ENGINE) {
				values.put(metric, (double) management.createMetricsQuery().name(metric).sum());
			}
		}
		catch (RuntimeException unavailable) {
			// The last values stay; the health check says why the database did not answer.
			log.warn("Could not read the engine's metrics: {}", unavailable.toString());
		}
	}
}
