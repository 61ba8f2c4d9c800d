package org.jointcase.cases;

import java.time.Instant;
import java.util.UUID;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes the timeline entries of the past-tense events the modules publish ({@link CaseTimelineEvent}). */
@Component
class CaseTimeline {

	private final CaseRepository repository;

	CaseTimeline(CaseRepository repository) {
		this.repository = repository;
	}

	/**
	 * A plain synchronous {@code @EventListener}, not an {@code @ApplicationModuleListener}: the latter runs after the
	 * commit in a transaction of its own, so a change could commit without its entry. This one runs in the publisher's
	 * thread and transaction, and the change and its timeline entry commit or roll back together.
	 */
	@EventListener
	void on(CaseTimelineEvent event) {
		TimelineEntry entry = event.timelineEntry();
		Instant now = Instant.now();
		for (UUID caseId : entry.caseIds()) {
			repository.insertEvent(caseId, now, entry.officer(), entry.officerAgency(), entry.type(), entry.detail(),
					entry.subject());
		}
	}
}
