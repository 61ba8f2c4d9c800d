package org.jointcase.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.crypto.Mac;

/**
 * The keyed MACs of the trail, all HMAC-SHA256 under {@link AuditKey}, in lower-case hex.
 *
 * <p>An entry's own MAC covers its content in a fixed order: sequence, time in microseconds since the epoch,
 * officer, agency, action, target type, target id, case id, outcome, detail. A link's chain MAC covers the previous
 * link's chain MAC ({@link #GENESIS} before the first), the link's position, the entry's sequence and the entry's
 * content MAC. Each value goes in as its UTF-8 length (four bytes, big-endian, -1 for null) and its bytes, so that no
 * two different inputs read alike. This form is part of every stored trail: changing it makes every stored trail
 * fail verification.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/** The newest link: position 0 and {@link #GENESIS} while nothing is linked. */
	record Head(long position, String chainMac, long sequence) {

		static final Head EMPTY = new Head(0, GENESIS, 0);
	}

	/** The MAC of the entry's own content (its stored {@code mac} is not part of it). */
	static String entryMac(AuditKey key, AuditEntry entry) {
		return digest(key, Long.toString(entry.sequence()),
				Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, entry.recordedAt())), entry.officer(),
				entry.agencyCode(), entry.action(), entry.targetType(), entry.targetId(),
				entry.caseId() == null ? null : entry.caseId().toString(), entry.outcome().name(), entry.detail());
	}

	/** The chain MAC of the link at {@code position} to {@code entry}, after a link whose chain MAC is given. */
	static String chainMac(AuditKey key, String previousChainMac, long position, AuditEntry entry) {
		return digest(key, previousChainMac, Long.toString(position), Long.toString(entry.sequence()),
				entryMac(key, entry));
	}

	private static String digest(AuditKey key, String... values) {
		Mac mac = key.mac();
		for (String value : values) {
			byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
			mac.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : bytes.length).array());
			mac.update(bytes);
		}
		return AuditKey.hex(mac.doFinal());
	}
}
