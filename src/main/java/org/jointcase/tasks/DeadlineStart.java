package org.jointcase.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.jointcase.calendar.Deadline;
import org.jointcase.calendar.DeadlinePeriod;
import org.jointcase.calendar.DeadlineRule;
import org.jointcase.calendar.DeadlineRules;
import org.jointcase.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Computes the deadline of the user task a sequence flow leads into, as the flow is taken: the task's inbox row (whose
 * deadline {@link DeadlineWatch} watches) and its due date are written as the task is created and read the deadline
 * at that moment, so it must exist before the task does. The rule is the task's {@code deadline} property, or the
 * process variable its {@code deadlineVariable} property names (a crime transfer runs on other periods than an
 * ordinary one), or a date an officer set, held in the variable its {@code dueDateVariable} property names; when that
 * variable is empty (the officer left the date to the rules), the task's {@code deadline} rule applies.
 */
@Component("deadlineStart")
class DeadlineStart implements ExecutionListener {

	static final String DEADLINE_FOR = "deadlineFor";

	private final WorkingCalendar calendar;
	private final DeadlineRules rules;
	private final InboxRepository repository;
	private final Clock clock;

	DeadlineStart(WorkingCalendar calendar, DeadlineRules rules, InboxRepository repository, Clock clock) {
		this.clock = clock;
		this.calendar = calendar;
		this.rules = rules;
		this.repository = repository;
	}

	@Override
	public void notify(DelegateExecution execution) {
		FlowElement task = ((SequenceFlow) execution.getBpmnModelElementInstance()).getTarget();
		Instant now = clock.instant();
		Deadline deadline = deadline(execution, task, now);
		set(execution, ProcessVariables.DEADLINE, Variables.stringValue(repository.write(deadline), true));
		set(execution, DEADLINE_FOR, Variables.stringValue(task.getId(), true));
		set(execution, ProcessVariables.DUE_AT, Variables.dateValue(Date.from(deadline.dueAt()), true));
	}

	/**
	 * The task's inbox row and the intake's step read these while the task is created, in this same engine command,
	 * and nothing reads them later (the inbox row keeps the deadline): transient, never written to the engine's
	 * tables. A process that entered a task before they were transient holds them stored; the engine refuses a
	 * transient value over a stored one, so that one goes first.
	 */
	private static void set(DelegateExecution execution, String name, TypedValue value) {
		if (execution.hasVariableLocal(name)) {
			execution.removeVariableLocal(name);
		}
		execution.setVariableLocal(name, value);
	}

	private Deadline deadline(DelegateExecution execution, FlowElement task, Instant now) {
		String dueDateVariable = ModelProperties.of(task, ProcessVariables.DUE_DATE_VARIABLE_PROPERTY);
		Object dueDate = dueDateVariable == null ? null : execution.getVariable(dueDateVariable);
		if (dueDate != null) {
			// A date an officer set (a follow-up action's due date): counted in natural days, moved off holidays.
			long days = ChronoUnit.DAYS.between(now.atZone(WorkingCalendar.ZONE).toLocalDate(),
					LocalDate.parse(dueDate.toString()));
			DeadlinePeriod period = DeadlinePeriod.naturalDays((int) Math.max(1, days));
			return calendar.dueDate(now, period, DeadlineRule.custom(period));
		}
		String rule = ModelProperties.of(task, ProcessVariables.DEADLINE_PROPERTY);
		String variable = ModelProperties.of(task, ProcessVariables.DEADLINE_VARIABLE_PROPERTY);
		if (variable != null) {
			rule = (String) execution.getVariable(variable);
		}
		if (rule == null) {
			throw new IllegalStateException(task.getId() + " has no deadline rule");
		}
		return calendar.dueDate(now, rules.rule(rule));
	}
}
