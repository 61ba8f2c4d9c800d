package org.jointcase.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the trail. An entry's hash is the SHA-256 of the previous entry's hash followed by the entry's
 * content in a fixed order: sequence, time in microseconds since the epoch, officer, agency, action, target type,
 * target id, case id, outcome, detail. Each value goes in as its UTF-8 length (four bytes, big-endian, -1 for null)
 * and its bytes, so that no two different entries have the same input. The first entry follows {@link #GENESIS}.
 * This form is part of every stored chain: changing it makes every existing chain fail verification.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/** The last entry of the chain, or sequence 0 and {@link #GENESIS} while the chain is empty. */
	record Head(long sequence, String hash) {
	}

	/** The entry that {@code event} becomes when it follows {@code head}. */
	static AuditEntry append(Head head, Instant recordedAt, AuditEvent event) {
		long sequence = head.sequence() + 1;
		String hash = hash(head.hash(), AuditEntry.of(sequence, recordedAt, event, null));
		return AuditEntry.of(sequence, recordedAt, event, hash);
	}

	/** The hash {@code entry} must carry when it follows an entry whose hash is {@code previousHash}. */
	static String hash(String previousHash, AuditEntry entry) {
		MessageDigest sha256 = sha256();
		for (String value : new String[] { previousHash, Long.toString(entry.sequence()),
				Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, entry.recordedAt())), entry.officer(),
				entry.agencyCode(), entry.action(), entry.targetType(), entry.targetId(),
				entry.caseId() == null ? null : entry.caseId().toString(), entry.outcome().name(), entry.detail() }) {
			byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
			sha256.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : bytes.length).array());
			sha256.update(bytes);
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			// Every Java platform must provide SHA-256.
			throw new IllegalStateException(impossible);
		}
	}

	/** Follows the chain in sequence order from its first entry and remembers where it first breaks. */
	static final class Walk {

		private Head reached = new Head(0, GENESIS);
		private long checked;
		private Long broken;

		/** The last entry that linked; the walk goes on with the entries after it. */
		long reachedSequence() {
			return reached.sequence();
		}

		/** Checks the next entries in order; false once one does not link, and the walk is over. */
		boolean follow(List<AuditEntry> entries) {
			for (AuditEntry entry : entries) {
				checked++;
				if (entry.sequence() != reached.sequence() + 1 || !hash(reached.hash(), entry).equals(entry.hash())) {
					broken = reached.sequence() + 1;
					return false;
				}
				reached = new Head(entry.sequence(), entry.hash());
			}
			return true;
		}

		/**
		 * The verdict once the walk has stopped or read every entry up to {@code head}: entries missing at the end,
		 * or a last entry that differs from the head, break the chain too.
		 */
		ChainVerification result(Head head) {
			if (broken == null && !reached.equals(head)) {
				broken = reached.sequence() < head.sequence() ? reached.sequence() + 1 : head.sequence();
			}
			return new ChainVerification(broken == null, checked, broken);
		}
	}
}
