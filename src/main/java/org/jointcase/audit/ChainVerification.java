package org.jointcase.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of verifying the trail. {@code entriesChecked} counts the entries read; {@code firstBrokenSequence} is
 * the entry where the trail first fails ({@code null} when it is valid or the failure names no entry);
 * {@code problem} says what failed ({@code null} when valid): {@code entry-mac} (an entry's content no longer matches
 * its MAC), {@code chain-mac} (a link no longer matches the chain), {@code entry-missing} (a linked entry is gone),
 * {@code link-missing} (a position of the chain is gone), {@code behind-checkpoint} (the chain no longer holds the
 * newest checkpoint's link: entries were removed or the chain recomputed), {@code trigger-disabled} (an audit
 * table's trigger is off or gone). {@code checkpointPosition} is the position of the checkpoint the chain was
 * checked against, {@code null} when there was none yet.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChainVerification(boolean valid, long entriesChecked, Long firstBrokenSequence, String problem,
		Long checkpointPosition) {
}
