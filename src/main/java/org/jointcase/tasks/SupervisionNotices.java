package org.jointcase.tasks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Files the supervision entry of each passed deadline among the notices of the superior agency. */
@Component
class SupervisionNotices {

	private final InboxRepository repository;

	SupervisionNotices(InboxRepository repository) {
		this.repository = repository;
	}

	/** Synchronous, in the watch's transaction: the notice taken and its entry commit together or not at all. */
	@EventListener
	void on(DeadlinePassed event) {
		repository.insertNotice(event.supervision());
	}
}
