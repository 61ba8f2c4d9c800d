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

/** A coordinator's overview of the open and overdue work in their region, per agency and process. */
@Controller
class OverviewPages {

	private static final int OLDEST_OVERDUE = 20;

	private final Inbox inbox;

	OverviewPages(Inbox inbox) {
		this.inbox = inbox;
	}

	/** The bars of one agency: its open and overdue tasks over all processes, scaled to the busiest agency. */
	record AgencyBar(String agencyCode, long open, long overdue, int openPercent, int overduePercent) {
	}

	@GetMapping("/overview")
	String overview(@AuthenticationPrincipal SignedInOfficer coordinator, Model model) {
		Inbox.RegionOverview overview = inbox.overview(coordinator, OLDEST_OVERDUE);
		Map<String, long[]> byAgency = new LinkedHashMap<>();
		overview.loads().forEach(load -> {
			long[] sums = byAgency.computeIfAbsent(load.agencyCode(), code -> new long[2]);
			sums[0] += load.open();
			sums[1] += load.overdue();
		});
		long busiest = byAgency.values().stream().mapToLong(sums -> sums[0]).max().orElse(1);
		List<AgencyBar> bars = byAgency.entrySet().stream()
			.map(e -> new AgencyBar(e.getKey(), e.getValue()[0], e.getValue()[1], percent(e.getValue()[0], busiest),
					percent(e.getValue()[1], busiest)))
			.toList();
		model.addAttribute("overview", overview);
		model.addAttribute("bars", bars);
		return "pages/overview";
	}

	private static int percent(long part, long whole) {
		return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
	}
}
