package org.jointcase.tasks;

/** The process variables the inbox reads from every process; processes set them when they start. */
public final class ProcessVariables {

	/** The case a process is about (a UUID as text). */
	public static final String CASE_ID = "caseId";

	/** The deadline of the task being entered, as JSON; set by {@code deadlineStart}. */
	public static final String DEADLINE = "deadline";

	/** When the entered task's deadline passes. */
	public static final String DUE_AT = "dueAt";

	/** Extension properties of a user task: its deadline rule, fixed or named by a process variable. */
	public static final String DEADLINE_PROPERTY = "deadline";
	public static final String DEADLINE_VARIABLE_PROPERTY = "deadlineVariable";
	public static final String DUE_DATE_VARIABLE_PROPERTY = "dueDateVariable";

	/**
	 * Extension property of a user task that approves the work of whoever created it (a proposal, a request, a drafted
	 * reply or opinion): with the value {@code true}, the officer whose action created the task never acts on it.
	 */
	public static final String APPROVES_WORK_OF_CREATOR_PROPERTY = "approvesWorkOfCreator";

	private ProcessVariables() {
	}
}
