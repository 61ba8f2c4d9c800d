package org.jointcase.leads;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.variable.Variables;
import org.jointcase.directory.Directory;
import org.jointcase.directory.DirectoryLimits;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.ProcessSteps;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Component;

import static org.jointcase.leads.LeadTransferProcess.*;

/** The decisions officers take at each step of a lead transfer, and what each records. */
@Component
class LeadTransferSteps implements ProcessSteps {

	/** The body of a decision, with what the transfer record shows of it. */
	interface Decision {
		String detail();
	}

	/** An optional remark with a decision. */
	record Note(@Size(max = LeadLimits.REASON) String note) implements Decision {
		public String detail() {
			return note;
		}
	}

	/**
	 * The approval, with the supervisor's explicit grant that the informant's identity travels to the agency that
	 * comes to own the case; without it the new owner learns that an informant exists and how they reported.
	 */
	record Approval(@Size(max = LeadLimits.REASON) String note, Boolean informantIdentityTravels) implements Decision {
		public String detail() {
			return note;
		}

		boolean informantTravels() {
			return Boolean.TRUE.equals(informantIdentityTravels);
		}
	}

	/** The reason a decision needs. */
	record Reason(@NotBlank @Size(max = LeadLimits.REASON) String reason) implements Decision {
		public String detail() {
			return reason;
		}
	}

	record Designation(@NotBlank @Size(max = DirectoryLimits.AGENCY_CODE) String agencyCode,
			@NotBlank @Size(max = LeadLimits.REASON) String reasoning)
			implements Decision {
		public String detail() {
			return agencyCode + ": " + reasoning;
		}
	}

	record Report(@NotBlank @Size(max = LeadLimits.RESULT) String result) implements Decision {
		public String detail() {
			return result;
		}
	}

	private static final Map<String, Map<String, Class<?>>> ACTIONS = Map.of(
			APPROVE, Map.of("approve", Approval.class, "send-back", Reason.class),
			REVISE, Map.of("resubmit", Reason.class),
			ACCEPT, Map.of("accept", Note.class, "dispute", Reason.class),
			DESIGNATE, Map.of("designate", Designation.class),
			REPORT, Map.of("report", Report.class),
			ACKNOWLEDGE, Map.of("acknowledge", Note.class));

	private final LeadTransfers transfers;
	private final TransferRepository repository;
	private final Directory directory;

	LeadTransferSteps(LeadTransfers transfers, TransferRepository repository, Directory directory) {
		this.transfers = transfers;
		this.repository = repository;
		this.directory = directory;
	}

	@Override
	public String processKey() {
		return KEY;
	}

	@Override
	public void lockRecord(String recordId) {
		repository.lock(UUID.fromString(recordId));
	}

	@Override
	public Map<String, Map<String, Class<?>>> actions() {
		return ACTIONS;
	}

	@Override
	public Map<String, Object> act(OpenTask task, SignedInOfficer officer, String action, Object body) {
		UUID id = UUID.fromString(task.recordId());
		transfers.recordStep(id, officer, task.step(), action, ((Decision) body).detail());
		// Transient: the steps this completion runs read them in the same engine command, and no later one does (the
		// transfer's own steps keep who decided what); stored, each was a row written and rewritten per step.
		Map<String, Object> actor = Map.of(ACTOR, Variables.stringValue(officer.username(), true), ACTOR_AGENCY,
				Variables.stringValue(officer.agencyCode(), true));
		return switch (action) {
			case "approve" -> {
				transfers.approved(id, officer, ((Approval) body).informantTravels());
				yield with(actor, APPROVED, Variables.booleanValue(true, true));
			}
			case "send-back" -> {
				transfers.sentBack(id);
				yield with(actor, APPROVED, Variables.booleanValue(false, true));
			}
			case "resubmit" -> {
				transfers.resubmitted(id, ((Reason) body).reason().trim());
				yield actor;
			}
			case "accept" -> with(actor, ACCEPTED, Variables.booleanValue(true, true));
			case "dispute" -> with(actor, ACCEPTED, Variables.booleanValue(false, true));
			case "designate" -> {
				String agency = ((Designation) body).agencyCode();
				if (directory.agency(agency).isEmpty()) {
					throw ApiProblem.invalid("agencyCode", "known-agency", "No agency has the code " + agency);
				}
				transfers.designated(id, agency);
				yield with(actor, DESIGNATED_AGENCY, Variables.stringValue(agency, true));
			}
			case "report" -> {
				transfers.reported(id, ((Report) body).result().trim());
				yield actor;
			}
			case "acknowledge" -> actor;
			default -> throw new IllegalArgumentException(action);
		};
	}

	private static Map<String, Object> with(Map<String, Object> actor, String name, Object value) {
		Map<String, Object> variables = new java.util.HashMap<>(actor);
		variables.put(name, value);
		return variables;
	}
}
