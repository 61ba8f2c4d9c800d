package org.jointcase.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.jointcase.alerts.AlertInputs.Acknowledgement;
import org.jointcase.alerts.AlertInputs.Issue;
import org.jointcase.alerts.AlertRepository.AlertRow;
import org.jointcase.alerts.AlertViews.AlertNotice;
import org.jointcase.alerts.AlertViews.AlertSummary;
import org.jointcase.alerts.AlertViews.AlertView;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.cases.CaseAccess;
import org.jointcase.cases.ShareScope;
import org.jointcase.cases.ShareSource;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.cases.process.ShareGrant;
import org.jointcase.directory.Agency;
import org.jointcase.directory.Directory;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts (预警). A supervisor warns agencies about a business or a practice until the end of an expiry day; the alert's
 * process asks each addressed agency's inspectors to acknowledge it within the {@code acknowledge-alert} rule and
 * expires it on its date (one engine timer, run once whichever node's job executor takes it). Evidence of the
 * issuer's own case travels as a summary share with the chosen documents, ended at expiry. An active alert about a
 * business is shown to the agencies that see it wherever that business appears ({@link #activeAbout}).
 */
@Service
public class Alerts {

	static final String SYSTEM = "system";
	/** An alert runs at most a year: a warning that old is a case of its own. */
	private static final int MAX_DAYS = 366;

	private final AlertRepository repository;
	private final AlertPolicy policy;
	private final Directory directory;
	private final CaseAccess access;
	private final CaseProcessing processing;
	private final RuntimeService runtime;
	private final ApplicationEventPublisher events;

	Alerts(AlertRepository repository, AlertPolicy policy, Directory directory, CaseAccess access,
			CaseProcessing processing, RuntimeService runtime, ApplicationEventPublisher events) {
		this.repository = repository;
		this.policy = policy;
		this.directory = directory;
		this.access = access;
		this.processing = processing;
		this.runtime = runtime;
		this.events = events;
	}

	/**
	 * Issues an alert and starts its process, all or nothing. Only a supervisor issues (403); evidence comes from a
	 * case the issuing agency owns (403 {@code owner-agency}, 404 for a case it does not see) and is among that
	 * case's documents (400).
	 */
	@Transactional
	public AlertView issue(SignedInOfficer officer, Issue request) {
		policy.requireIssuer(officer);
		String creditCode = blankToNull(request.creditCode());
		String businessName = blankToNull(request.businessName());
		if (request.subject() == AlertSubject.BUSINESS) {
			if (creditCode == null && businessName == null) {
				throw ApiProblem.invalid("creditCode", "business-named", "Name the business: its credit code or name");
			}
		}
		else if (blankToNull(request.practice()) == null) {
			throw ApiProblem.invalid("practice", "practice-described", "Describe the practice");
		}
		if (request.expiresOn().isAfter(LocalDate.now(WorkingCalendar.ZONE).plusDays(MAX_DAYS))) {
			throw ApiProblem.invalid("expiresOn", "within-a-year", "An alert runs for a year at most");
		}
		List<String> addressees = addressees(officer, request);
		List<UUID> documents = List.copyOf(new LinkedHashSet<>(request.documentIdsOrEmpty()));
		if (request.caseId() != null) {
			access.requireOwner(officer, request.caseId(), "alert.issue");
			List<UUID> ofCase = processing.documentIds(request.caseId());
			for (int i = 0; i < documents.size(); i++) {
				if (!ofCase.contains(documents.get(i))) {
					throw ApiProblem.invalid("documentIds[" + i + "]", "document-of-case", "Not a document of the case");
				}
			}
		}
		else if (!documents.isEmpty()) {
			throw ApiProblem.invalid("caseId", "case-of-documents", "Name the case the documents come from");
		}
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		repository.insert(new AlertRepository.AlertRow(id, request.subject(),
				request.subject() == AlertSubject.BUSINESS ? creditCode : null,
				request.subject() == AlertSubject.BUSINESS ? businessName : null,
				request.subject() == AlertSubject.PRACTICE ? request.practice().trim() : null, request.category(),
				request.severity(), request.summary().trim(), request.expiresOn(), request.caseId(),
				AlertStatus.ACTIVE, officer.username(), officer.agencyCode(), now, null, null));
		for (int i = 0; i < addressees.size(); i++) {
			repository.insertAddressee(id, addressees.get(i), i);
		}
		documents.forEach(document -> repository.insertDocument(id, document));
		if (request.caseId() != null) {
			for (String addressee : addressees) {
				processing.grant(new ShareGrant(request.caseId(), addressee, ShareScope.SUMMARY, false,
						"Alert: " + request.summary().trim(), ShareSource.ALERT, id.toString(), officer.username(),
						officer.agencyCode(), null, documents));
			}
		}
		policy.read(officer, id, "alert.issue");
		VariableMap variables = Variables.createVariables()
			// Transient: read once, as the acknowledgement tasks start; the addressees are kept above.
			.putValueTyped(AlertProcess.ADDRESSEES, Variables.objectValue(new ArrayList<>(addressees), true).create())
			.putValue(AlertProcess.EXPIRES_AT, java.util.Date.from(expiresAt(request.expiresOn())));
		String processInstance = runtime.startProcessInstanceByKey(AlertProcess.PROCESS_KEY, id.toString(), variables)
			.getId();
		repository.setProcessInstance(id, processInstance);
		events.publishEvent(new AlertIssued(id, officer.agencyCode(), request.subject(), request.severity(),
				addressees, request.expiresOn(), now));
		return view(officer, repository.find(id, false).orElseThrow());
	}

	/** The end of the expiry day in Asia/Shanghai. */
	static Instant expiresAt(LocalDate expiresOn) {
		return expiresOn.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
	}

	private List<String> addressees(SignedInOfficer officer, Issue request) {
		Set<String> addressees = new LinkedHashSet<>();
		List<String> agencies = request.agenciesOrEmpty();
		for (int i = 0; i < agencies.size(); i++) {
			if (directory.agency(agencies.get(i)).isEmpty()) {
				throw ApiProblem.invalid("agencies[" + i + "]", "known-agency", "No agency has the code " + agencies.get(i));
			}
			addressees.add(agencies.get(i));
		}
		List<String> regions = request.regionsOrEmpty();
		for (int i = 0; i < regions.size(); i++) {
			if (directory.region(regions.get(i)).isEmpty()) {
				throw ApiProblem.invalid("regions[" + i + "]", "known-region", "No region has the code " + regions.get(i));
			}
			directory.searchAgencies(null, null, regions.get(i)).stream().map(Agency::code).forEach(addressees::add);
		}
		addressees.remove(officer.agencyCode());
		if (addressees.isEmpty()) {
			throw ApiProblem.invalid("agencies", "some-addressee", "Send the alert to at least one other agency");
		}
		return List.copyOf(addressees);
	}

	/** The alert as the officer may see it; 404 unless their agency issued or was sent it. */
	public AlertView get(SignedInOfficer officer, UUID alertId) {
		return view(officer, policy.read(officer, alertId, "alert.read"));
	}

	/** The alerts the officer's agency issued or was sent, newest first. */
	public List<AlertSummary> list(SignedInOfficer officer) {
		return repository.seenBy(officer.agencyCode());
	}

	/** The active alerts sent to the officer's agency, for its notices. */
	public List<AlertSummary> activeFor(SignedInOfficer officer) {
		return repository.activeFor(officer.agencyCode());
	}

	/** Refuses (403, audited) an officer who may not issue an alert, before they fill in the form. */
	public void requireIssuer(SignedInOfficer officer) {
		policy.requireIssuer(officer);
	}

	/**
	 * The active alerts the officer's agency sees (issued or was sent) about a business with one of these credit
	 * codes or names: what the conflict check of a transfer and the pages of a case show. An agency an alert was not
	 * sent to never finds it here.
	 */
	public List<AlertNotice> activeAbout(SignedInOfficer officer, Collection<String> creditCodes,
			Collection<String> names) {
		return repository.activeAbout(officer.agencyCode(),
				creditCodes.stream().filter(code -> code != null && !code.isBlank()).distinct().toList(),
				names.stream().filter(name -> name != null && !name.isBlank()).distinct().toList());
	}

	/**
	 * The agency acknowledges, optionally answering that it found the business, linking one of its own cases (404 for
	 * a case it does not see, 403 for one it does not own); 409 once it acknowledged.
	 */
	void acknowledge(UUID alertId, String agencyCode, SignedInOfficer officer, Acknowledgement input, boolean late) {
		if (input.caseId() != null) {
			access.requireOwner(officer, input.caseId(), "alert.acknowledge");
		}
		boolean found = Boolean.TRUE.equals(input.found());
		String answer = blankToNull(input.answer());
		Instant now = Instant.now();
		if (!repository.acknowledge(alertId, agencyCode, officer.username(), now, found, answer, input.caseId())) {
			throw ApiProblem.conflict("alertId", "pending-acknowledgement", agencyCode + " has acknowledged already");
		}
		if (input.caseId() != null) {
			processing.recordEvent(input.caseId(), officer.username(), agencyCode, "ALERT_LINKED",
					repository.find(alertId, false).orElseThrow().summary());
		}
		events.publishEvent(new AlertAcknowledged(alertId, agencyCode, found, late, now));
	}

	/** Called by the process at the end of the expiry day: the alert stops showing and its evidence shares end. */
	void expired(UUID alertId) {
		AlertRow alert = repository.find(alertId, true).orElseThrow();
		Instant now = Instant.now();
		int unacknowledged = repository.expire(alertId, now);
		if (alert.caseId() != null) {
			processing.revokeAll(ShareSource.ALERT, alertId.toString(), SYSTEM, alert.issuerAgency());
		}
		events.publishEvent(new AlertExpired(alertId, alert.issuerAgency(), unacknowledged, now));
	}

	private AlertView view(SignedInOfficer officer, AlertRow alert) {
		return new AlertView(alert.id(), alert.subject(), alert.creditCode(), alert.businessName(), alert.practice(),
				alert.category(), alert.severity(), alert.summary(), alert.expiresOn(), alert.status(), alert.issuer(),
				alert.issuerAgency(), alert.issuedAt(), alert.expiredAt(), alert.caseId(),
				repository.documents(alert.id()),
				repository.addressees(alert.id()).stream().filter(a -> policy.seesAddressee(officer, alert, a))
					.toList(),
				policy.actions(officer, alert));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
