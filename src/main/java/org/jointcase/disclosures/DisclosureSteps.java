package org.jointcase.disclosures;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.ProcessSteps;
import org.springframework.stereotype.Component;

import static org.jointcase.disclosures.InformantDisclosureProcess.*;

/** The decision of the recording agency's supervisor on a request for the informant's identity. */
@Component
class DisclosureSteps implements ProcessSteps {

	/** An optional remark with a grant. */
	record Grant(@Size(max = DisclosureLimits.DECISION_NOTE) String note) {
	}

	/** Why the identity stays undisclosed; the requesting agency reads it. */
	record Refusal(@NotBlank @Size(max = DisclosureLimits.DECISION_NOTE) String reason) {
	}

	private static final Map<String, Map<String, Class<?>>> ACTIONS = Map.of(
			DECIDE, Map.of("grant", Grant.class, "refuse", Refusal.class));

	private final InformantRequests requests;

	DisclosureSteps(InformantRequests requests) {
		this.requests = requests;
	}

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public Map<String, Map<String, Class<?>>> actions() {
		return ACTIONS;
	}

	@Override
	public Map<String, Object> act(OpenTask task, SignedInOfficer officer, String action, Object body) {
		UUID id = UUID.fromString(task.recordId());
		boolean granted = switch (action) {
			case "grant" -> true;
			case "refuse" -> false;
			default -> throw new IllegalArgumentException(action);
		};
		String note = granted ? trimmed(((Grant) body).note()) : ((Refusal) body).reason().trim();
		requests.decided(id, officer, granted, note);
		return Map.of(GRANTED, granted, ACTOR, officer.username(), ACTOR_AGENCY, officer.agencyCode());
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
