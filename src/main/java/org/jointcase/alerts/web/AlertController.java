package org.jointcase.alerts.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jointcase.alerts.AlertInputs.Issue;
import org.jointcase.alerts.AlertViews.AlertSummary;
import org.jointcase.alerts.AlertViews.AlertView;
import org.jointcase.alerts.Alerts;
import org.jointcase.security.SignedInOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts (预警). Acknowledgements go through the inbox ({@code POST /api/tasks/{id}/actions/acknowledge}, step
 * {@code AcknowledgeAlertTask}); an active alert about a business also appears in the transfer conflict check.
 */
@RestController
class AlertController {

	private final Alerts alerts;

	AlertController(Alerts alerts) {
		this.alerts = alerts;
	}

	/** A supervisor issues an alert (403 for other officers). */
	@PostMapping("/api/alerts")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AlertView> issue(@AuthenticationPrincipal SignedInOfficer officer, @Valid @RequestBody Issue issue) {
		AlertView alert = alerts.issue(officer, issue);
		return ResponseEntity.created(URI.create("/api/alerts/" + alert.id())).body(alert);
	}

	/** The alerts the officer's agency issued or was sent, active and expired. */
	@GetMapping("/api/alerts")
	List<AlertSummary> alerts(@AuthenticationPrincipal SignedInOfficer officer) {
		return alerts.list(officer);
	}

	/** An alert: to its issuer with who acknowledged and answered, to an addressee with its own row, 404 to others. */
	@GetMapping("/api/alerts/{id}")
	AlertView alert(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return alerts.get(officer, id);
	}
}
