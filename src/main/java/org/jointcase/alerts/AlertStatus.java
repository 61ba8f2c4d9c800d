package org.jointcase.alerts;

/** An alert is active from its issue until the end of its expiry day. */
public enum AlertStatus {
	ACTIVE, EXPIRED
}
