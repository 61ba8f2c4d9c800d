package org.jointcase.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcase.campaigns.CampaignFigure;
import org.jointcase.campaigns.CampaignInputs.Launch;
import org.jointcase.campaigns.CampaignSchedule;
import org.jointcase.campaigns.CampaignViews.CampaignView;
import org.jointcase.campaigns.CampaignViews.PeriodTotal;
import org.jointcase.campaigns.Campaigns;
import org.jointcase.cases.CaseCategory;
import org.jointcase.directory.Directory;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinated actions: the campaigns of the officer's agency, launching one (coordinators), the campaign's page with
 * its per-agency table, totals and chart as {@link Campaigns} shows them to the officer, and the report form of an
 * open report task, pre-filled with what the platform counted.
 */
@Controller
class CampaignPages {

	private final Campaigns campaigns;
	private final Directory directory;
	private final PageFormat format;
	private final FormSubmissions submissions;

	CampaignPages(Campaigns campaigns, Directory directory, PageFormat format, FormSubmissions submissions) {
		this.campaigns = campaigns;
		this.directory = directory;
		this.format = format;
		this.submissions = submissions;
	}

	/** What the coordinator typed into the launch form; dates as the browser's date inputs send them. */
	record LaunchForm(String title, List<CaseCategory> theme, String regionCode, List<String> departments,
			String startsOn, String endsOn, CampaignSchedule schedule, List<CampaignFigure> figures) {

		static final LaunchForm EMPTY = new LaunchForm(null, List.of(), null, List.of(), null, null,
				CampaignSchedule.MONTHLY, List.of());

		public List<CaseCategory> chosenTheme() {
			return theme == null ? List.of() : theme;
		}

		public List<String> chosenDepartments() {
			return departments == null ? List.of() : departments;
		}

		public List<CampaignFigure> chosenFigures() {
			return figures == null ? List.of() : figures;
		}

		/** The request the form stands for; what cannot be read as a date goes into {@code errors}. */
		Launch launch(Map<String, String> errors) {
			return new Launch(title, chosenTheme(), regionCode, chosenDepartments(),
					FormSubmissions.date("startsOn", startsOn, errors), FormSubmissions.date("endsOn", endsOn, errors),
					schedule, chosenFigures());
		}
	}

	/** One bar of the chart: a label, the value and its height in per cent of the highest bar. */
	record Bar(String label, long value, int percent) {
	}

	@GetMapping("/campaigns")
	String list(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("campaigns", campaigns.list(officer));
		return "pages/campaigns";
	}

	@GetMapping("/campaigns/new")
	String newCampaign(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		return form(officer, LaunchForm.EMPTY, Map.of(), model);
	}

	@PostMapping("/campaigns")
	String launch(@AuthenticationPrincipal SignedInOfficer officer, @ModelAttribute LaunchForm form, Model model) {
		Map<String, String> errors = new HashMap<>();
		return submissions.submit(form.launch(errors), errors, launch -> campaigns.launch(officer, launch))
			.map(launched -> "redirect:/campaigns/" + launched.id())
			.orElseGet(() -> form(officer, form, errors, model));
	}

	private String form(SignedInOfficer officer, LaunchForm form, Map<String, String> errors, Model model) {
		campaigns.requireLauncher(officer);
		String own = officer.agency().regionCode();
		model.addAttribute("form", form);
		model.addAttribute("regions", directory.regions().stream().filter(r -> r.code().startsWith(own)).toList());
		model.addAttribute("departments", directory.departments());
		model.addAttribute("categories", CaseCategory.values());
		model.addAttribute("schedules", CampaignSchedule.values());
		model.addAttribute("figureChoices", CampaignFigure.values());
		model.addAttribute("errors", errors);
		return "pages/campaign-form";
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, Model model) {
		CampaignView campaign = campaigns.get(officer, id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("chart", chart(campaign));
		model.addAttribute("record", campaigns.process(officer, id).orElse(null));
		return "pages/campaign";
	}

	/** The first figure's approved total per period, as bars scaled to the highest. */
	private static List<Bar> chart(CampaignView campaign) {
		CampaignFigure figure = campaign.figures().get(0);
		long highest = campaign.periodTotals().stream().mapToLong(t -> t.totals().getOrDefault(figure, 0L)).max()
			.orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (PeriodTotal total : campaign.periodTotals()) {
			long value = total.totals().getOrDefault(figure, 0L);
			bars.add(new Bar(Integer.toString(total.period()), value,
					highest == 0 ? 0 : (int) Math.round(100.0 * value / highest)));
		}
		return bars;
	}

	@GetMapping(path = "/campaigns/{id}/model", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<byte[]> model(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(campaigns.processModel(officer, id));
	}

	@PostMapping("/campaigns/{id}/close")
	String close(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String conclusion, RedirectAttributes redirect) {
		if (!PageFormat.isReason(conclusion)) {
			redirect.addFlashAttribute("closeError", true);
			return "redirect:/campaigns/" + id;
		}
		try {
			campaigns.close(officer, id, conclusion);
		}
		catch (ApiProblem problem) {
			format.explainConflict(problem, redirect, "campaignProblem");
		}
		return "redirect:/campaigns/" + id;
	}

	@PostMapping("/campaigns/{id}/table-sharing")
	String shareTable(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@RequestParam boolean shared) {
		campaigns.shareTable(officer, id, shared);
		return "redirect:/campaigns/" + id;
	}

	/**
	 * The report form of the officer's open report task of this campaign, the figures the platform counted filled
	 * in; it submits through the inbox's action page like every task form.
	 */
	@GetMapping("/campaigns/{id}/reports/{taskId}")
	String reportForm(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable String taskId, Model model) {
		CampaignView campaign = campaigns.get(officer, id);
		model.addAttribute("prefill", campaigns.prefillOfTask(officer, id, taskId));
		model.addAttribute("campaign", campaign);
		model.addAttribute("taskId", taskId);
		return "pages/campaign-report";
	}
}
