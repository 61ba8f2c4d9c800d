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

	/** The actions of each step (by task definition key), each with the record type of its body. */
	Map<String, Map<String, Class<?>>> actions();

	/** The actions at {@code step} with the record type of each one's body; none at a step without actions. */
	default Map<String, Class<?>> actionsAt(String step) {
		return actions().getOrDefault(step, Map.of());
	}

	/**
	 * Locks the row of the record the process is about ({@link OpenTask#recordId}) until the transaction ends. The
	 * inbox takes it before the task's own row, and every other change of the record (a withdrawal, a cancellation)
	 * takes it first too: changes of one record queue in one order instead of deadlocking, and the later one finds
	 * what the earlier one did. None for a process whose record changes only through its tasks.
	 */
	default void lockRecord(String recordId) {
	}

	/**
	 * Carries out {@code action} (one of {@link #actionsAt}) with its validated {@code body}: the process module's
	 * own work, and the variables to complete the task with.
	 */
	Map<String, Object> act(OpenTask task, SignedInOfficer officer, String action, Object body);
}
