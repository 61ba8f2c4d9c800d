package org.jointcase.engine;

import java.time.Instant;
import java.util.List;

/**
 * Where a record's process stands, for its diagram: the activities done and current, and the user tasks the reader
 * may see — who was addressed, who acted, when.
 */
public record ProcessTrace(String processKey, List<String> completed, List<String> current, List<Step> steps) {

	public record Step(String activityId, String name, String candidateGroup, String assignee, Instant createdAt,
			Instant endedAt) {
	}
}
