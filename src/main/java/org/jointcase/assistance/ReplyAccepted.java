package org.jointcase.assistance;

import java.util.List;
import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;
import org.jointcase.cases.process.TimelineSubject;

/** The requester accepted {@code addresseeAgency}'s reply: that agency's part of the request has ended. */
public record ReplyAccepted(UUID requestId, UUID caseId, String requesterAgency, String addresseeAgency,
		UUID replyId, String officer, String officerAgency) implements CaseTimelineEvent {

	@Override
	public TimelineEntry timelineEntry() {
		return new TimelineEntry(List.of(caseId), officer, officerAgency, "ASSISTANCE_REPLY_ACCEPTED", addresseeAgency,
				new TimelineSubject(AssistancePolicy.REPLY_SUBJECT, replyId.toString()));
	}
}
