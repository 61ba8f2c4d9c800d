package org.jointcase.leads;

import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;

/** {@code targetAgency} disputed the transfer; {@code designatorAgency} now designates who has jurisdiction. */
public record TransferDisputed(UUID transferId, UUID caseId, String senderAgency, String targetAgency,
		String designatorAgency, String officer, String officerAgency) implements CaseTimelineEvent {

	@Override
	public TimelineEntry timelineEntry() {
		return TimelineEntry.of(caseId, officer, officerAgency, "TRANSFER_DISPUTED", designatorAgency);
	}
}
