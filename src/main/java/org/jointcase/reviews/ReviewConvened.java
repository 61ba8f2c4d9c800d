package org.jointcase.reviews;

import java.util.List;
import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;

/** Every owner consented: the review convened by {@code coordinatorAgency} asks its participants for opinions. */
public record ReviewConvened(UUID reviewId, String coordinatorAgency, List<String> participants,
		TimelineEntry timelineEntry) implements CaseTimelineEvent {

	public ReviewConvened {
		participants = List.copyOf(participants);
	}
}
