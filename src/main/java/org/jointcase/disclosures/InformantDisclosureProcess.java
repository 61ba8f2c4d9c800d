package org.jointcase.disclosures;

/** The names that tie {@code bpmn/informant-disclosure.bpmn} to this module. */
public final class InformantDisclosureProcess {

	public static final String KEY = "informant-disclosure";

	public static final String DECIDE = "DecideDisclosureTask";

	static final String RECORDING_SUPERVISORS = "recordingSupervisors";
	static final String GRANTED = "granted";
	/** Who decided, for the effect that follows in a service task. */
	static final String ACTOR = "actor";
	static final String ACTOR_AGENCY = "actorAgency";

	private InformantDisclosureProcess() {
	}
}
