package org.jointcase.leads;

import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;

/** The sender withdrew the transfer before it was decided. */
public record TransferWithdrawn(UUID transferId, UUID caseId, String senderAgency, String officer,
		String officerAgency) implements CaseTimelineEvent {

	@Override
	public TimelineEntry timelineEntry() {
		return TimelineEntry.of(caseId, officer, officerAgency, "TRANSFER_WITHDRAWN", TransferStatus.WITHDRAWN.name());
	}
}
