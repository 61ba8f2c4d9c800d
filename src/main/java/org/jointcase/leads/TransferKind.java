package org.jointcase.leads;

/** An ordinary transfer of jurisdiction, or a suspected crime sent to public security with its own periods. */
public enum TransferKind {
	ORDINARY, CRIME
}
