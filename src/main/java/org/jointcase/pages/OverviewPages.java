package org.jointcase.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A coordinator's overview of the open and overdue work in their region, per agency and process. */
@Controller
class OverviewPages {

	private static final int OLDEST_OVERDUE = 20;

	private final Inbox inbox;

	OverviewPages(Inbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * The bars of one agency: its open tasks over all processes split into overdue, soon due and the rest, scaled to
	 * the busiest agency.
	 */
	record AgencyBar(String agencyCode, long open, long overdue, long soonDue, int overduePercent, int soonPercent,
			int restPercent) {
	}

	/** The region's open work; {@code agency} drills down to that agency's open tasks. */
	@GetMapping("/overview")
	String overview(@AuthenticationPrincipal SignedInOfficer coordinator,
			@RequestParam(required = false) String agency, Model model) {
		Inbox.RegionOverview overview = inbox.overview(coordinator, OLDEST_OVERDUE);
		Map<String, long[]> byAgency = new LinkedHashMap<>();
		overview.loads().forEach(load -> {
			long[] sums = byAgency.computeIfAbsent(load.agencyCode(), code -> new long[3]);
			sums[0] += load.open();
			sums[1] += load.overdue();
			sums[2] += load.soonDue();
		});
		long busiest = byAgency.values().stream().mapToLong(sums -> sums[0]).max().orElse(1);
		List<AgencyBar> bars = byAgency.entrySet().stream()
			.map(e -> {
				long[] sums = e.getValue();
				return new AgencyBar(e.getKey(), sums[0], sums[1], sums[2], percent(sums[1], busiest),
						percent(sums[2], busiest), percent(sums[0] - sums[1] - sums[2], busiest));
			})
			.toList();
		model.addAttribute("overview", overview);
		model.addAttribute("bars", bars);
		model.addAttribute("agency", agency);
		model.addAttribute("agencyTasks", agency == null || agency.isBlank() ? List.of()
				: inbox.openOfAgency(coordinator, agency, OLDEST_OVERDUE));
		return "pages/overview";
	}

	private static int percent(long part, long whole) {
		return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
	}
}
