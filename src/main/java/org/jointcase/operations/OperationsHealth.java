package org.jointcase.operations;

import java.time.Duration;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health components operators read ({@code /actuator/health}, details for role OPERATOR only):
 * <ul>
 * <li>{@code db}, part of readiness: the database answers, or DOWN within {@code jointcase.operations.health-timeout}
 * (default 1.5 s) when it does not, in place of Spring Boot's check, which waits as long as the pool does;</li>
 * <li>{@code incidents}, not part of readiness (a node is no less ready for a failed job): status {@value #INCIDENTS}
 * while the engine has open incidents, with their number, the failed jobs without retries and the jobs due.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OperationsHealth {

	/** A status between OUT_OF_SERVICE and UP ({@code management.endpoint.health.status.order}), answered 200. */
	static final String INCIDENTS = "INCIDENTS";

	private final Duration limit;

	OperationsHealth(OperationsSettings settings) {
		this.limit = settings.healthTimeout();
	}

	/** Named so that Spring Boot's own {@code db} check steps aside. */
	@Bean
	HealthIndicator dbHealthContributor(DataSource dataSource) {
		return new TimeLimitedHealth(new DataSourceHealthIndicator(dataSource), limit);
	}

	@Bean
	HealthIndicator incidentsHealthIndicator(RuntimeService runtime, ManagementService management) {
		return new TimeLimitedHealth(() -> {
			long incidents = runtime.createIncidentQuery().count();
			return Health.status(incidents == 0 ? Status.UP : new Status(INCIDENTS))
				.withDetail("openIncidents", incidents)
				.withDetail("failedJobsWithoutRetries", management.createJobQuery().noRetriesLeft().count())
				.withDetail("dueJobs", management.createJobQuery().executable().active().count())
				.build();
		}, limit);
	}
}
