package org.jointcase.campaigns;

/** A campaign runs from its launch until the coordinator closes it, early or after the last report. */
public enum CampaignStatus {
	RUNNING, CLOSED
}
