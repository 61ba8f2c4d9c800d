package org.jointcase.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How operators' views of the platform are kept ({@code jointcase.operations.*}).
 *
 * @param healthTimeout how long a health check may take before it answers DOWN; below the 2 s a readiness probe
 *        waits
 */
@ConfigurationProperties("jointcase.operations")
record OperationsSettings(@DefaultValue("1500ms") Duration healthTimeout) {
}
