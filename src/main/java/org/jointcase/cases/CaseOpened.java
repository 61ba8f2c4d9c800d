package org.jointcase.cases;

import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;

/** A case was opened by {@code ownerAgency}; published in the transaction that creates it. */
public record CaseOpened(UUID caseId, String reference, String ownerAgency, CaseCategory category, String officer)
		implements CaseTimelineEvent {

	@Override
	public TimelineEntry timelineEntry() {
		return TimelineEntry.of(caseId, officer, ownerAgency, "CREATED", reference);
	}
}
