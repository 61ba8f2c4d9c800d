package org.jointcase.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jointcase.assistance.AssistanceRequests;
import org.jointcase.assistance.AssistanceViews.RequestSummary;
import org.jointcase.assistance.AssistanceViews.RequestView;
import org.jointcase.calendar.Deadline;
import org.jointcase.leads.LeadTransferProcess;
import org.jointcase.leads.TransferView;
import org.jointcase.reviews.ReviewViews.ReviewSummary;
import org.jointcase.reviews.ReviewViews.ReviewView;
import org.jointcase.reviews.Reviews;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.OpenTask;
import org.springframework.stereotype.Component;

/**
 * Where a case stands, for the status panel of its page: every process in flight on it that the officer may see,
 * with the steps it waits at, whom each waits for and by when. Each record is read through its own module, which
 * decides what the officer sees of it.
 */
@Component
class CaseStandings {

	private static final String ASSISTANCE = "assistance-request";
	private static final String REVIEW = "joint-review";

	private final AssistanceRequests requests;
	private final Reviews reviews;

	CaseStandings(AssistanceRequests requests, Reviews reviews) {
		this.requests = requests;
		this.reviews = reviews;
	}

	/** A process in flight: its key, its record page, its status as a message code, and the steps it waits at. */
	record Standing(String process, String link, String status, List<Waiting> waiting) {
	}

	/** One step a process waits at: for which agency (and role and officer, where known), due when. */
	record Waiting(String process, String step, String stepName, String agencyCode, String role, String assignee,
			Instant dueAt, Deadline deadline, boolean overdue, boolean soonDue) {

		static Waiting of(OpenTask task) {
			return new Waiting(task.process(), task.step(), task.stepName(), task.agencyCode(), task.role(),
					task.assignee(), task.dueAt(), task.deadline(), task.overdue(), task.soonDue());
		}
	}

	List<Standing> of(SignedInOfficer officer, List<TransferView> transfers, List<RequestSummary> requestSummaries,
			List<ReviewSummary> reviewSummaries) {
		List<Standing> standings = new ArrayList<>();
		transfers.stream().filter(t -> t.closedAt() == null).forEach(t -> standings.add(new Standing(
				LeadTransferProcess.KEY, ProcessPages.RECORD_PAGES.get(LeadTransferProcess.KEY) + t.id(),
				"enum.TransferStatus." + t.status(),
				t.openSteps().stream().map(Waiting::of).toList())));
		requestSummaries.stream().filter(r -> r.closedAt() == null)
			.forEach(r -> PageFormat.ifVisible(() -> requests.get(officer, r.id()))
				.ifPresent(view -> standings.add(request(view))));
		reviewSummaries.stream().filter(r -> r.closedAt() == null)
			.forEach(r -> PageFormat.ifVisible(() -> reviews.get(officer, r.id()))
				.ifPresent(view -> standings.add(review(view))));
		return standings;
	}

	private static Standing request(RequestView view) {
		return new Standing(ASSISTANCE, ProcessPages.RECORD_PAGES.get(ASSISTANCE) + view.id(),
				"enum.RequestStatus." + view.status(), view.steps().stream()
					.map(s -> new Waiting(ASSISTANCE, s.step(), s.name(), s.agencyCode(), null, null,
							s.dueAt(), s.deadline(), s.overdue(), false))
					.toList());
	}

	private static Standing review(ReviewView view) {
		return new Standing(REVIEW, ProcessPages.RECORD_PAGES.get(REVIEW) + view.id(),
				"enum.ReviewStatus." + view.status(),
				view.steps().stream().map(Waiting::of).toList());
	}
}
