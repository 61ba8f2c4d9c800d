package org.jointcase.campaigns;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jointcase.audit.Refusals;
import org.jointcase.campaigns.CampaignRepository.CampaignRow;
import org.jointcase.campaigns.CampaignRepository.ReportRecord;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.springframework.stereotype.Component;

/**
 * The policy of campaigns, asked by every path to a campaign. An agency takes part in a campaign if it coordinates or
 * participates in it; its officers read the campaign, also after it closed, and anyone else gets the 404 of a
 * campaign that does not exist. The coordinating agency sees every agency's report; a participant sees its own, and
 * the other agencies' approved reports only while the coordinator shares the per-agency table. Totals count approved
 * reports and are seen by all who take part. Only the coordinating agency's coordinators close the campaign and share
 * its table; the officers of an agency taking part tag their own agency's cases to it (403 otherwise). Refusals go
 * through {@link Refusals}.
 */
@Component
class CampaignPolicy {

	/** The actions a {@link CampaignViews.CampaignView} may name. */
	static final String CLOSE = "close", SHARE_TABLE = "share-table", UNSHARE_TABLE = "unshare-table",
			TAG_CASE = "tag-case";

	private static final String TARGET = "campaign";

	private final CampaignRepository repository;
	private final Refusals refusals;

	CampaignPolicy(CampaignRepository repository, Refusals refusals) {
		this.repository = repository;
		this.refusals = refusals;
	}

	/** Only a coordinator launches a campaign: 403 with the rule {@code coordinator} otherwise. */
	void requireLauncher(SignedInOfficer officer) {
		if (!officer.hasRole(Role.COORDINATOR)) {
			throw refusals.forbidden(officer, "campaign.launch", TARGET, "new", null, "coordinator",
					"Only a coordinator launches a campaign");
		}
	}

	/** The campaign for an officer whose agency takes part in it, audited; otherwise an audited 404. */
	CampaignRow read(SignedInOfficer officer, UUID campaignId, String action) {
		CampaignRow campaign = visible(officer, campaignId, action);
		refusals.allowedRead(officer, action, TARGET, campaignId.toString(), null);
		return campaign;
	}

	/**
	 * The campaign for a coordinator of the coordinating agency about to change it ({@code action}): 404 for an
	 * officer whose agency does not take part, 403 with the rule {@code campaign-coordinator} for other readers.
	 */
	CampaignRow requireCoordinator(SignedInOfficer officer, UUID campaignId, String action) {
		CampaignRow campaign = visible(officer, campaignId, action);
		if (!coordinates(officer, campaign)) {
			throw refusals.forbidden(officer, action, TARGET, campaignId.toString(), null, "campaign-coordinator",
					"Only a coordinator of the coordinating agency does this");
		}
		refusals.allowedChange(officer, action, TARGET, campaignId.toString(), null);
		return campaign;
	}

	/**
	 * The campaign for an inspector or supervisor of an agency taking part, about to tag a case to it: 404 as
	 * {@link #read}, 403 with the rule {@code case-worker} for other roles.
	 */
	CampaignRow requireTagger(SignedInOfficer officer, UUID campaignId, String action) {
		CampaignRow campaign = visible(officer, campaignId, action);
		if (!caseWorker(officer)) {
			throw refusals.forbidden(officer, action, TARGET, campaignId.toString(), null, "case-worker",
					"Inspectors and supervisors of an agency taking part tag its cases");
		}
		refusals.allowedChange(officer, action, TARGET, campaignId.toString(), null);
		return campaign;
	}

	/**
	 * The campaign for an officer of a participating agency asking what the platform counted for its report: 404 as
	 * {@link #read}, 403 with the rule {@code participant} for the coordinating agency when it does not participate.
	 */
	CampaignRow requireParticipant(SignedInOfficer officer, UUID campaignId, String action) {
		CampaignRow campaign = visible(officer, campaignId, action);
		if (!repository.participates(campaignId, officer.agencyCode())) {
			throw refusals.forbidden(officer, action, TARGET, campaignId.toString(), null, "participant",
					"Only a participating agency reports");
		}
		refusals.allowedRead(officer, action, TARGET, campaignId.toString(), null);
		return campaign;
	}

	private CampaignRow visible(SignedInOfficer officer, UUID campaignId, String action) {
		return repository.find(campaignId, false)
			.filter(campaign -> repository.takesPart(campaignId, officer.agencyCode()))
			.orElseThrow(() -> refusals.notVisible(officer, action, TARGET, campaignId.toString(), null, "Campaign"));
	}

	/** The actions on the campaign the officer, whose agency takes part, may take now. */
	Set<String> actions(SignedInOfficer officer, CampaignRow campaign) {
		Set<String> actions = new LinkedHashSet<>();
		boolean running = campaign.status() == CampaignStatus.RUNNING;
		if (coordinates(officer, campaign)) {
			if (running && campaign.conclusion() == null) {
				actions.add(CLOSE);
			}
			actions.add(campaign.tableShared() ? UNSHARE_TABLE : SHARE_TABLE);
		}
		if (running && caseWorker(officer)) {
			actions.add(TAG_CASE);
		}
		return actions;
	}

	/** Whether the officer, whose agency takes part in the campaign, sees this agency's report. */
	boolean seesReport(SignedInOfficer officer, CampaignRow campaign, ReportRecord report) {
		return report.agencyCode().equals(officer.agencyCode()) || coordinating(officer, campaign)
				|| campaign.tableShared() && "APPROVED".equals(report.status());
	}

	/** Whether the officer sees the status of every agency, not only their own: the coordinating agency does. */
	boolean seesEveryAgency(SignedInOfficer officer, CampaignRow campaign) {
		return coordinating(officer, campaign) || campaign.tableShared();
	}

	private static boolean coordinating(SignedInOfficer officer, CampaignRow campaign) {
		return officer.agencyCode().equals(campaign.coordinatorAgency());
	}

	private static boolean coordinates(SignedInOfficer officer, CampaignRow campaign) {
		return coordinating(officer, campaign) && officer.hasRole(Role.COORDINATOR);
	}

	private static boolean caseWorker(SignedInOfficer officer) {
		return officer.hasRole(Role.INSPECTOR) || officer.hasRole(Role.SUPERVISOR);
	}
}
