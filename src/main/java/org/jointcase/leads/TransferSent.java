package org.jointcase.leads;

import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;

/** The sender's supervisor approved and the transfer went out to {@code targetAgency} for acceptance. */
public record TransferSent(UUID transferId, UUID caseId, TransferKind kind, String senderAgency, String targetAgency,
		String officer, String officerAgency) implements CaseTimelineEvent {

	@Override
	public TimelineEntry timelineEntry() {
		return TimelineEntry.of(caseId, officer, officerAgency, "TRANSFER_SENT", targetAgency);
	}
}
