package org.jointcase.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of walking the chain from its first entry. {@code entriesChecked} counts the entries read, up to and
 * including the first that is broken; {@code firstBrokenSequence} is the sequence of that entry (or of the first
 * missing one), {@code null} when the chain is valid.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChainVerification(boolean valid, long entriesChecked, Long firstBrokenSequence) {
}
