package org.jointcase.alerts;

/** The process key, element ids and variable names of {@code bpmn/alert.bpmn}. */
final class AlertProcess {

	static final String PROCESS_KEY = "alert";
	static final String RESOURCE = "bpmn/alert.bpmn";

	static final String ACKNOWLEDGEMENTS = "Acknowledgements";
	static final String ACKNOWLEDGE_ALERT_TASK = "AcknowledgeAlertTask";
	static final String ALERT_ACKNOWLEDGED = "AlertAcknowledged";
	static final String EXPIRED_UNACKNOWLEDGED = "ExpiredUnacknowledged";
	static final String ACTIVE_UNTIL_EXPIRY = "ActiveUntilExpiry";
	static final String EXPIRE_ALERT = "ExpireAlert";
	static final String ALERT_EXPIRED = "AlertExpired";

	/** The addressed agency codes: the collection of the acknowledgement multi-instance (transient). */
	static final String ADDRESSEES = "addressees";
	/** The agency one acknowledgement task is addressed to. */
	static final String ADDRESSEE = "addressee";
	/** When the alert expires: the end of its expiry day in Asia/Shanghai, the date of both expiry timers. */
	static final String EXPIRES_AT = "expiresAt";

	private AlertProcess() {
	}
}
