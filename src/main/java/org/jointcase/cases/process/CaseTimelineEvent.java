package org.jointcase.cases.process;

/**
 * A past-tense event of a module that the case timeline shows. The owning module publishes it in the transaction of
 * the change; the cases module writes {@link #timelineEntry()} in that same transaction, and other modules (the
 * statistics, the notices) react to the same event, so one publication feeds all of them.
 */
public interface CaseTimelineEvent {

	TimelineEntry timelineEntry();
}
