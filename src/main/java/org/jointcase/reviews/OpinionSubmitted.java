package org.jointcase.reviews;

import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;

/**
 * {@code agencyCode}'s supervisor approved its opinion, which now counts as its answer; {@code onTime}: approved by
 * the review's opinion due date (a review without one has no late opinions).
 */
public record OpinionSubmitted(UUID reviewId, String agencyCode, boolean onTime, TimelineEntry timelineEntry)
		implements CaseTimelineEvent {
}
