package org.jointcase.pages;

import java.util.Map;

import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.jointcase.tasks.OpenTask;
import org.jointcase.web.ApiProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * From a task to the record page of what its process is about (a transfer, a request, a review), for the officers
 * the task is addressed to. There is no page of a bare process instance: a process is shown only through the record
 * it carries, whose own policy decides who sees it.
 */
@Controller
class ProcessPages {

	/** The record page of each process, by process key; a test holds it to every deployed process. */
	static final Map<String, String> RECORD_PAGES = Map.of(
			"lead-transfer", "/transfers/",
			"assistance-request", "/assistance-requests/",
			"joint-review", "/reviews/",
			"coordinated-action", "/campaigns/",
			"alert", "/alerts/");

	private final Inbox inbox;

	ProcessPages(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/tasks/{id}/record")
	String recordOfTask(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id) {
		OpenTask task = inbox.task(officer, id);
		String page = RECORD_PAGES.get(task.process());
		if (page == null || task.recordId() == null) {
			throw ApiProblem.notFound("Record");
		}
		return "redirect:" + page + task.recordId();
	}
}
