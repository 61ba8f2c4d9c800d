package org.jointcase.operations;

import java.time.Instant;

/**
 * A job of the engine that failed at least once. With {@code retries} at 0 the engine no longer tries it and an
 * incident is open. Never its exception message or stack trace, which may quote case data, and never process
 * variables.
 *
 * @param activityId the step of the process model that failed
 * @param dueAt when the engine runs it next, if it has retries left ({@code null} for at once)
 */
public record FailedJob(String id, String processDefinitionKey, String processInstanceId, String activityId,
		int retries, Instant dueAt, Instant createdAt) {
}
