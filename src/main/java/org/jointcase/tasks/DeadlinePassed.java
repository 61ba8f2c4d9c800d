package org.jointcase.tasks;

import org.jointcase.cases.process.CaseTimelineEvent;
import org.jointcase.cases.process.TimelineEntry;

/**
 * A task's deadline passed while it was open: {@code supervision} is the entry (督办) for the superior agency's
 * supervisors, about the late agency {@link DeadlineNotice#taskAgency()}. Published by {@link DeadlineWatch} in the
 * transaction that takes the notice; the inbox files the entry ({@code SupervisionNotices}) and the case timeline
 * records it.
 */
public record DeadlinePassed(DeadlineNotice supervision) implements CaseTimelineEvent {

	@Override
	public TimelineEntry timelineEntry() {
		return TimelineEntry.of(supervision.caseId(), "system", supervision.taskAgency(), "DEADLINE_PASSED",
				supervision.taskAgency() + " " + supervision.dueAt());
	}
}
