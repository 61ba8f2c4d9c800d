package org.jointcase.assistance;

import java.util.List;
import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;
import org.jointcase.cases.process.TimelineSubject;

/**
 * {@code addresseeAgency}'s supervisor approved its reply, which went to the requester. {@code onTime}: the agency
 * wrote it by the due date of its period (extensions included).
 */
public record AssistanceAnswered(UUID requestId, UUID caseId, String requesterAgency, String addresseeAgency,
		UUID replyId, boolean onTime, String officer, String officerAgency) implements CaseTimelineEvent {

	@Override
	public TimelineEntry timelineEntry() {
		return new TimelineEntry(List.of(caseId), officer, officerAgency, "ASSISTANCE_REPLIED",
				addresseeAgency,
				new TimelineSubject(AssistancePolicy.REPLY_SUBJECT, replyId.toString()));
	}
}
