package org.jointcase.alerts;

import java.util.Set;
import java.util.UUID;

import org.jointcase.alerts.AlertRepository.AlertRow;
import org.jointcase.alerts.AlertViews.Addressee;
import org.jointcase.audit.Refusals;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.springframework.stereotype.Component;

/**
 * The policy of alerts, asked by every path to an alert. An agency sees an alert it issued or was sent, also after it
 * expired; any other agency gets the 404 of an alert that does not exist, and never sees it where a business appears
 * either. The issuing agency sees every addressee's acknowledgement and answer, an addressee only its own. Only a
 * supervisor issues an alert. Refusals go through {@link Refusals}.
 */
@Component
class AlertPolicy {

	/** The action an {@link AlertViews.AlertView} may name: the officer's agency has yet to acknowledge it. */
	static final String ACKNOWLEDGE = "acknowledge";

	private static final String TARGET = "alert";

	private final AlertRepository repository;
	private final Refusals refusals;

	AlertPolicy(AlertRepository repository, Refusals refusals) {
		this.repository = repository;
		this.refusals = refusals;
	}

	/** Only a supervisor issues an alert: 403 with the rule {@code supervisor} otherwise. */
	void requireIssuer(SignedInOfficer officer) {
		if (!officer.hasRole(Role.SUPERVISOR)) {
			throw refusals.forbidden(officer, "alert.issue", TARGET, "new", null, "supervisor",
					"Only a supervisor issues an alert");
		}
	}

	/** The alert for an officer whose agency issued or was sent it, audited; otherwise an audited 404. */
	AlertRow read(SignedInOfficer officer, UUID alertId, String action) {
		AlertRow alert = repository.find(alertId, false)
			.filter(found -> repository.sees(alertId, officer.agencyCode()))
			.orElseThrow(() -> refusals.notVisible(officer, action, TARGET, alertId.toString(), null, "Alert"));
		refusals.allowedRead(officer, action, TARGET, alertId.toString(), null);
		return alert;
	}

	/** Whether the officer sees this addressee's acknowledgement: their own agency's, or every one as the issuer. */
	boolean seesAddressee(SignedInOfficer officer, AlertRow alert, Addressee addressee) {
		return officer.agencyCode().equals(alert.issuerAgency()) || officer.agencyCode().equals(addressee.agencyCode());
	}

	/** The actions the officer may take now: acknowledge, as an inspector of an addressee that has not yet. */
	Set<String> actions(SignedInOfficer officer, AlertRow alert) {
		boolean pending = repository.addressees(alert.id()).stream()
			.anyMatch(a -> a.agencyCode().equals(officer.agencyCode()) && "PENDING".equals(a.status()));
		return pending && alert.status() == AlertStatus.ACTIVE && officer.hasRole(Role.INSPECTOR)
				? Set.of(ACKNOWLEDGE) : Set.of();
	}
}
