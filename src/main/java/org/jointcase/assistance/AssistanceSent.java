package org.jointcase.assistance;

import java.util.List;
import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;

/** The requester's supervisor approved and the request went out to {@code addressees}. */
public record AssistanceSent(UUID requestId, UUID caseId, String requesterAgency, List<String> addressees,
		String officer) implements CaseTimelineEvent {

	public AssistanceSent {
		addressees = List.copyOf(addressees);
	}

	@Override
	public TimelineEntry timelineEntry() {
		return TimelineEntry.of(caseId, officer, requesterAgency, "ASSISTANCE_SENT", String.join(", ", addressees));
	}
}
