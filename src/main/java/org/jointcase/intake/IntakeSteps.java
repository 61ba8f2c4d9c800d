package org.jointcase.intake;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.cases.CaseCategory;
import org.jointcase.cases.CaseLimits;
import org.jointcase.directory.Directory;
import org.jointcase.directory.DirectoryLimits;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.ProcessSteps;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Component;

import static org.jointcase.intake.IntakeProcess.*;

/** The decisions officers take at each step of an item, and what each records. */
@Component
class IntakeSteps implements ProcessSteps {

	/** The body of a decision, with what the item's record shows of it. */
	interface Decision {
		String detail();
	}

	record Note(@Size(max = IntakeLimits.NOTE) String note) implements Decision {
		public String detail() {
			return note;
		}
	}

	record Reason(@NotBlank @Size(max = IntakeLimits.NOTE) String reason) implements Decision {
		public String detail() {
			return reason;
		}
	}

	/** To the competent agency, with the reason this one is not. */
	record Forwarding(@NotBlank @Size(max = DirectoryLimits.AGENCY_CODE) String agencyCode,
			@NotBlank @Size(max = IntakeLimits.NOTE) String reason)
			implements Decision {
		public String detail() {
			return agencyCode + ": " + reason;
		}
	}

	/** A refusal, with its reason from the documented list ({@link RefusalReason}) and a remark. */
	record Refusal(@NotNull RefusalReason reason, @Size(max = IntakeLimits.NOTE) String note) implements Decision {
		public String detail() {
			return reason + (note == null || note.isBlank() ? "" : ": " + note.trim());
		}
	}

	record Settlement(@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountRecovered,
			@Size(max = IntakeLimits.NOTE) String note) implements Decision {
		public String detail() {
			return "recovered " + amountRecovered + (note == null || note.isBlank() ? "" : ": " + note.trim());
		}
	}

	/** What the business answered through ODR. */
	record OdrAnswer(@NotBlank @Size(max = IntakeLimits.ODR_ANSWER) String answer) implements Decision {
		public String detail() {
			return answer;
		}
	}

	/** A case is opened from the report: its title and category; the facts, business and informant come along. */
	record CaseOpening(@NotBlank @Size(max = CaseLimits.TITLE) String title,
			@NotNull CaseCategory category) implements Decision {
		public String detail() {
			return title;
		}
	}

	/** What the informant was told, and how. */
	record Message(@NotBlank @Size(max = IntakeLimits.MESSAGE) String text) implements Decision {
		public String detail() {
			return text;
		}
	}

	private static final Map<String, Map<String, Class<?>>> ACTIONS = Map.of(
			TRIAGE, Map.of(ASSIGN, Forwarding.class),
			ACCEPT, Map.of(ACCEPT_ACTION, Note.class, REFUSE, Refusal.class, FORWARD, Forwarding.class),
			MEDIATE, Map.of(SETTLE, Settlement.class, NOT_SETTLED, Reason.class, WITHDRAW, Reason.class,
					RECORD_ODR_ANSWER, OdrAnswer.class),
			CONFIRM, Map.of(CONFIRM_ACTION, Note.class, NOT_CONFIRMED, Reason.class),
			VERIFY, Map.of(OPEN_CASE, CaseOpening.class, NO_CASE, Reason.class, FORWARD, Forwarding.class),
			INFORM, Map.of(INFORM_ACTION, Message.class));

	private final IntakeItems items;
	private final Directory directory;

	IntakeSteps(IntakeItems items, Directory directory) {
		this.items = items;
		this.directory = directory;
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
		Map<String, Object> variables = new HashMap<>();
		variables.put(ACTOR, officer.username());
		variables.put(ACTOR_AGENCY, officer.agencyCode());
		variables.put(DECISION, action);
		switch (action) {
			case ASSIGN -> {
				Forwarding assignment = (Forwarding) body;
				if (directory.agency(assignment.agencyCode()).isEmpty()) {
					throw ApiProblem.invalid("agencyCode", "known-agency", "No agency has the code "
							+ assignment.agencyCode());
				}
				items.recordStep(id, officer, task.step(), action, assignment.detail());
				variables.putAll(items.designate(id, assignment.agencyCode(), assignment.reason().trim(), officer));
				return variables;
			}
			case FORWARD -> {
				Forwarding forwarding = (Forwarding) body;
				items.requireForward(task, officer, forwarding.agencyCode());
				variables.put(FORWARD_TO, forwarding.agencyCode());
				variables.put(FORWARD_REASON, forwarding.reason().trim());
			}
			case ACCEPT_ACTION -> items.decided(task, officer, action, IntakeStatus.MEDIATION, detail(body),
					PersonMessages.Kind.OUTCOME, "您的投诉已受理，我们将组织调解。");
			case REFUSE -> items.decided(task, officer, action, IntakeStatus.REFUSED, detail(body),
					PersonMessages.Kind.REFUSAL, "您的投诉不予受理，理由：" + ((Refusal) body).reason().text());
			case SETTLE -> {
				items.amountRecovered(id, ((Settlement) body).amountRecovered());
				items.decided(task, officer, action, IntakeStatus.SETTLED, detail(body), PersonMessages.Kind.OUTCOME,
						"调解达成协议，为您挽回经济损失 " + ((Settlement) body).amountRecovered() + " 元。");
			}
			case NOT_SETTLED -> items.decided(task, officer, action, IntakeStatus.NOT_SETTLED, detail(body),
					PersonMessages.Kind.OUTCOME, "调解未能达成协议，调解终止；您可依法申请仲裁或提起诉讼。");
			case WITHDRAW -> items.decided(task, officer, action, IntakeStatus.WITHDRAWN, detail(body),
					PersonMessages.Kind.OUTCOME, "您已撤回投诉，调解终止。");
			case RECORD_ODR_ANSWER -> items.businessAnswer(id, ((OdrAnswer) body).answer().trim());
			case CONFIRM_ACTION -> items.decided(task, officer, action, IntakeStatus.SETTLED_BY_ODR, detail(body),
					PersonMessages.Kind.OUTCOME, "经您确认，经营者已通过在线纠纷解决（ODR）与您和解。");
			case NOT_CONFIRMED -> items.decided(task, officer, action, IntakeStatus.MEDIATION, detail(body), null, null);
			case OPEN_CASE -> {
				CaseOpening opening = (CaseOpening) body;
				items.decided(task, officer, action, informs(task) ? IntakeStatus.INFORMING : IntakeStatus.CASE_OPENED,
						detail(body), null, null);
				variables.put(CASE_TITLE, opening.title().trim());
				variables.put(CASE_CATEGORY, opening.category().name());
			}
			case NO_CASE -> items.decided(task, officer, action, informs(task) ? IntakeStatus.INFORMING
					: IntakeStatus.NO_CASE, detail(body), null, null);
			case INFORM_ACTION -> items.informed(task, officer, ((Message) body).text().trim());
			default -> throw new IllegalArgumentException(action);
		}
		items.recordStep(id, officer, task.step(), action, detail(body));
		return variables;
	}

	private boolean informs(OpenTask task) {
		return items.realName(UUID.fromString(task.recordId()));
	}

	private static String detail(Object body) {
		String detail = ((Decision) body).detail();
		return detail == null || detail.isBlank() ? null : detail.trim();
	}
}
