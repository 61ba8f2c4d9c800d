package org.jointcase.tasks;

import java.util.Map;

import org.jointcase.security.SignedInOfficer;

/**
 * What officers may do at the user tasks of one process. Each process module provides one as a bean; the inbox
 * finds it by process key, checks that the officer is a candidate of the task, validates the body of the action
 * against its record type, and completes the task with the variables {@link #act} returns — all in one transaction.
 */
public interface ProcessSteps {

	String processKey();

	/** The actions at {@code step} (a task definition key) with the record type of each one's body. */
	Map<String, Class<?>> actionsAt(String step);

	/**
	 * Carries out {@code action} (one of {@link #actionsAt}) with its validated {@code body}: the process module's
	 * own work, and the variables to complete the task with.
	 */
	Map<String, Object> act(OpenTask task, SignedInOfficer officer, String action, Object body);
}
