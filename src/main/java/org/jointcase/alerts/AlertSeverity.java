package org.jointcase.alerts;

/** How urgently the addressees should act. */
public enum AlertSeverity {
	LOW, MEDIUM, HIGH
}
