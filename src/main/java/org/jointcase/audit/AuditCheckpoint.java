package org.jointcase.audit;

import java.time.Instant;

/**
 * The chain's head as it was at {@code createdAt}, kept outside the database: the newest link's {@code position} and
 * {@code chainMac}, signed ({@code signature}, HMAC-SHA256 under the audit key over the three). A trail that no
 * longer holds that link with that MAC lost entries or was rewritten since.
 */
public record AuditCheckpoint(long position, String chainMac, Instant createdAt, String signature) {
}
