package org.jointcase.leads;

import java.util.Set;

public enum TransferStatus {

	PROPOSED, SENT_BACK, SENT, DISPUTED, ACCEPTED, DESIGNATED, RETURNED, REPORTED, COMPLETED, WITHDRAWN;

	/** The states in which the sender may still withdraw: nobody has taken the case over yet. */
	static final Set<TransferStatus> WITHDRAWABLE = Set.of(PROPOSED, SENT_BACK, SENT, DISPUTED);
}
