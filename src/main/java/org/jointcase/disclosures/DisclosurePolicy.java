package org.jointcase.disclosures;

import java.util.Set;
import java.util.UUID;

import org.jointcase.audit.Refusals;
import org.jointcase.cases.CaseAccess;
import org.jointcase.cases.CaseViews.CaseView;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * The policy of informant requests. A request is read by officers of the agency that asked and of the agency that
 * recorded the informant, nobody else (404). Inspectors and supervisors of a case's owner agency ask, when the case
 * has an informant whose identity their agency does not know; the recording agency's supervisors decide (the inbox
 * addresses the task to them), never the officer who asked. Refusals go through {@link Refusals}.
 */
@Component
class DisclosurePolicy {

	/** The case action this module adds: ask the recording agency for the informant's identity. */
	static final String REQUEST = "request-informant-identity";

	private final DisclosureRepository repository;
	private final CaseAccess cases;
	private final Refusals refusals;

	DisclosurePolicy(DisclosureRepository repository, CaseAccess cases, Refusals refusals) {
		this.repository = repository;
		this.cases = cases;
		this.refusals = refusals;
	}

	/** The request, if the officer's agency takes part in it; otherwise 404. Both outcomes are audited. */
	DisclosureRepository.Request readable(SignedInOfficer officer, UUID id, String action) {
		DisclosureRepository.Request request = repository.find(id)
			.filter(r -> reads(officer, r))
			.orElseThrow(() -> refusals.notVisible(officer, action, "informant-request", id.toString(), null,
					"Informant request"));
		refusals.allowedRead(officer, action, "informant-request", id.toString(), request.caseId());
		return request;
	}

	boolean reads(SignedInOfficer officer, DisclosureRepository.Request request) {
		return request.involves(officer.agencyCode());
	}

	/** The actions on the case, as the officer read it, that this module offers now. */
	Set<String> caseActions(SignedInOfficer officer, CaseView view) {
		return refusal(officer, view) == null && !repository.pending(view.id(), officer.agencyCode())
				? Set.of(REQUEST) : Set.of();
	}

	/** Refuses (403 with the rule) an officer who may not ask for the identity on the case they read. */
	void requireRequest(SignedInOfficer officer, CaseView view) {
		Refusal refused = refusal(officer, view);
		if (refused != null) {
			throw cases.refuse(officer, "informant-request.create", view.id(), refused.rule(), refused.why());
		}
	}

	private record Refusal(String rule, String why) {
	}

	/** The rule and reason that stop the officer from asking, or {@code null} when they may. */
	private static Refusal refusal(SignedInOfficer officer, CaseView view) {
		if (!view.access().owner()) {
			return new Refusal("owner-agency", "Only the owner agency asks for the informant's identity");
		}
		if (!officer.hasRole(Role.INSPECTOR) && !officer.hasRole(Role.SUPERVISOR)) {
			return new Refusal("role", "Inspectors and supervisors of the owner agency ask for the identity");
		}
		if (!view.informant().present()) {
			return new Refusal("informant-present", "The case has no informant");
		}
		if (view.access().informantIdentity()) {
			return new Refusal("identity-unknown", "Your agency knows the informant's identity already");
		}
		return null;
	}

	/** Whoever asked never decides, whatever roles they hold (403 with the rule {@code separation-of-duties}). */
	void requireDecider(SignedInOfficer officer, DisclosureRepository.Request request) {
		if (officer.username().equals(request.requestedBy())) {
			throw refusals.forbidden(officer, "informant-request.decide", "informant-request", request.id().toString(),
					request.caseId(), "separation-of-duties", "Whoever asked for the identity does not decide on it");
		}
		if (!officer.agencyCode().equals(request.recordingAgency()) || !officer.hasRole(Role.SUPERVISOR)) {
			throw refusals.forbidden(officer, "informant-request.decide", "informant-request", request.id().toString(),
					request.caseId(), "recording-supervisor",
					"Supervisors of the agency that recorded the informant decide");
		}
	}

	static ApiProblem alreadyPending() {
		return ApiProblem.conflict("caseId", "one-request-pending",
				"Your agency has asked for the informant's identity already; the recording agency has not answered yet");
	}
}
