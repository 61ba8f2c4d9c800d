package org.jointcase.reviews;

import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;

/** {@code agencyCode} reported a follow-up action of the review done. */
public record FollowUpDone(UUID reviewId, UUID actionId, String agencyCode, TimelineEntry timelineEntry)
		implements CaseTimelineEvent {
}
