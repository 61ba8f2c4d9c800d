package org.jointcase.operations;

import java.time.Instant;

/**
 * Something the engine could not do and now waits for an operator about. Carries identifiers, names from the
 * process model and times only: never the incident's message, which repeats an exception's text and so may quote
 * case data, and never process variables.
 *
 * @param type the engine's incident type, such as {@code failedJob}
 * @param jobId the failed job, for incidents of type {@code failedJob}, else {@code null}
 */
public record Incident(String id, String type, String processDefinitionKey, String processInstanceId,
		String activityId, Instant occurredAt, String jobId) {
}
