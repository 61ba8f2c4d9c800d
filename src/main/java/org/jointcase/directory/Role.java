package org.jointcase.directory;

/** What an officer may do within their agency (product brief, "Who uses it"). */
public enum Role {
	INSPECTOR, SUPERVISOR, COORDINATOR, AUDITOR, ADMINISTRATOR,
	/** Runs the platform: incidents and failed jobs, never case data. */
	OPERATOR
}
