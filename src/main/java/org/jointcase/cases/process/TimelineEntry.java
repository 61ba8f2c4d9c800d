package org.jointcase.cases.process;

import java.util.List;
import java.util.UUID;

/**
 * How a past-tense event appears on the timeline of the cases it concerns: who did it for which agency, the entry's
 * type and detail as the timeline has always shown them, and the subject that limits who sees it ({@code null} for
 * every reader of the timeline).
 */
public record TimelineEntry(List<UUID> caseIds, String officer, String officerAgency, String type, String detail,
		TimelineSubject subject) {

	public TimelineEntry {
		caseIds = List.copyOf(caseIds);
	}

	/** An entry on one case that every reader of its timeline sees. */
	public static TimelineEntry of(UUID caseId, String officer, String officerAgency, String type, String detail) {
		return new TimelineEntry(caseId == null ? List.of() : List.of(caseId), officer, officerAgency, type, detail,
				null);
	}
}
