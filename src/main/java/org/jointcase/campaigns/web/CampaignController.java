package org.jointcase.campaigns.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jointcase.campaigns.CampaignInputs.CaseTag;
import org.jointcase.campaigns.CampaignInputs.Closure;
import org.jointcase.campaigns.CampaignInputs.Launch;
import org.jointcase.campaigns.CampaignInputs.TableSharing;
import org.jointcase.campaigns.CampaignViews.CampaignSummary;
import org.jointcase.campaigns.CampaignViews.CampaignView;
import org.jointcase.campaigns.CampaignViews.Prefill;
import org.jointcase.campaigns.CampaignViews.TaggedCase;
import org.jointcase.campaigns.Campaigns;
import org.jointcase.security.SignedInOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coordinated actions (专项整治). Reports and their approval go through the inbox
 * ({@code POST /api/tasks/{id}/actions/{action}}, steps {@code SubmitReportTask} and {@code ApproveReportTask}); the
 * coordinator's interventions and the case tags are here.
 */
@RestController
class CampaignController {

	private final Campaigns campaigns;

	CampaignController(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	/** A coordinator launches a campaign (403 for other officers). */
	@PostMapping("/api/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<CampaignView> launch(@AuthenticationPrincipal SignedInOfficer officer,
			@Valid @RequestBody Launch launch) {
		CampaignView campaign = campaigns.launch(officer, launch);
		return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id())).body(campaign);
	}

	/** The campaigns the officer's agency takes part in, running and closed. */
	@GetMapping("/api/campaigns")
	List<CampaignSummary> campaigns(@AuthenticationPrincipal SignedInOfficer officer) {
		return campaigns.list(officer);
	}

	/**
	 * A campaign as the officer may see it: the coordinating agency every agency's reports, a participant its own
	 * (and the others' approved ones while the table is shared), the totals of approved reports, and allowedActions.
	 */
	@GetMapping("/api/campaigns/{id}")
	CampaignView campaign(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return campaigns.get(officer, id);
	}

	/** The coordinator closes the campaign with a conclusion, early if reports are still open. */
	@PostMapping("/api/campaigns/{id}/closure")
	CampaignView close(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@Valid @RequestBody Closure closure) {
		return campaigns.close(officer, id, closure.conclusion());
	}

	/** The coordinator shares the per-agency table with the participants, or stops sharing it. */
	@PutMapping("/api/campaigns/{id}/table-sharing")
	CampaignView shareTable(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@Valid @RequestBody TableSharing sharing) {
		return campaigns.shareTable(officer, id, sharing.shared());
	}

	/** The cases tagged to the campaign that the officer's agency may see. */
	@GetMapping("/api/campaigns/{id}/cases")
	List<TaggedCase> cases(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return campaigns.tagged(officer, id);
	}

	/** Counts a case of the officer's agency towards the campaign. */
	@PostMapping("/api/campaigns/{id}/cases")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<List<TaggedCase>> tag(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@Valid @RequestBody CaseTag tag) {
		return ResponseEntity.created(URI.create("/api/campaigns/" + id + "/cases"))
			.body(campaigns.tag(officer, id, tag.caseId()));
	}

	/** What the platform counted for the officer's agency in one period, to confirm in its report. */
	@GetMapping("/api/campaigns/{id}/periods/{period}/prefill")
	Prefill prefill(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable @Min(1) @Max(1000) int period) {
		return campaigns.prefill(officer, id, period);
	}
}
