package org.jointcase.leads;

import java.util.UUID;

/**
 * {@code designatorAgency} designated {@code designatedAgency} (the sender or the target) to handle a disputed
 * transfer. The timeline shows the outcome when ownership moves or stays ({@link OwnershipTransferred}).
 */
public record TransferDesignated(UUID transferId, UUID caseId, String designatorAgency, String designatedAgency) {
}
