package org.jointcase.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.Mac;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checkpoints of the chain head outside the database: on demand ({@code POST /api/audit/checkpoints}) and every
 * {@code jointcase.audit.checkpoint-interval} (15 minutes unless set), the chainer links what is committed and the
 * newest link is written, signed, as a file {@code audit-checkpoint-<position>.json} in
 * {@code JOINTCASE_AUDIT_CHECKPOINT_DIR} ({@code data/audit-checkpoints} unless set) and as one log line starting
 * {@code AUDIT CHECKPOINT} for the operator to ship to a log store the database owner cannot change. Verification
 * compares the trail with the newest valid file; an operator who keeps the shipped lines compares them with the files
 * too. On several nodes the folder is shared (a volume) so that every node verifies against the newest.
 */
@Component
@EnableScheduling
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
	private static final String PREFIX = "audit-checkpoint-";

	private final AuditChainer chainer;
	private final AuditKey key;
	private final Path folder;
	private final ObjectMapper json;

	AuditCheckpoints(AuditChainer chainer, AuditKey key,
			@Value("${jointcase.audit.checkpoint-dir:data/audit-checkpoints}") String folder, ObjectMapper json) {
		this.chainer = chainer;
		this.key = key;
		this.folder = Path.of(folder);
		this.json = json;
	}

	@Scheduled(fixedDelayString = "${jointcase.audit.checkpoint-interval:15m}",
			initialDelayString = "${jointcase.audit.checkpoint-interval:15m}")
	void scheduled() {
		checkpoint();
	}

	/** Links what is committed, then writes and logs the checkpoint of the newest link. */
	synchronized AuditCheckpoint checkpoint() {
		AuditChain.Head head = chainer.chain();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		AuditCheckpoint checkpoint = new AuditCheckpoint(head.position(), head.chainMac(), now,
				signature(head.position(), head.chainMac(), now));
		try {
			Files.createDirectories(folder);
			Path file = folder.resolve(PREFIX + String.format("%019d", head.position()) + ".json");
			Path written = Files.createTempFile(folder, PREFIX, ".tmp");
			Files.writeString(written, json.writeValueAsString(checkpoint), StandardCharsets.UTF_8);
			Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException failure) {
			throw new UncheckedIOException("The audit checkpoint cannot be written to " + folder, failure);
		}
		log.info("AUDIT CHECKPOINT position={} chainMac={} createdAt={} signature={}", checkpoint.position(),
				checkpoint.chainMac(), checkpoint.createdAt(), checkpoint.signature());
		return checkpoint;
	}

	/** The checkpoint of the highest position among the files whose signature holds. */
	Optional<AuditCheckpoint> newest() {
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().startsWith(PREFIX))
				.filter(f -> f.getFileName().toString().endsWith(".json"))
				.map(this::read)
				.flatMap(Optional::stream)
				.filter(this::signed)
				.max(Comparator.comparingLong(AuditCheckpoint::position)
					.thenComparing(AuditCheckpoint::createdAt));
		}
		catch (IOException failure) {
			throw new UncheckedIOException("The audit checkpoints in " + folder + " cannot be read", failure);
		}
	}

	private Optional<AuditCheckpoint> read(Path file) {
		try {
			return Optional.of(json.readValue(Files.readString(file, StandardCharsets.UTF_8), AuditCheckpoint.class));
		}
		catch (IOException unreadable) {
			log.warn("Audit checkpoint {} is unreadable and ignored", file);
			return Optional.empty();
		}
	}

	private boolean signed(AuditCheckpoint checkpoint) {
		boolean signed = checkpoint.signature() != null && checkpoint.createdAt() != null
				&& checkpoint.signature().equals(signature(checkpoint.position(), checkpoint.chainMac(),
						checkpoint.createdAt()));
		if (!signed) {
			log.warn("Audit checkpoint at position {} carries no valid signature and is ignored", checkpoint.position());
		}
		return signed;
	}

	private String signature(long position, String chainMac, Instant createdAt) {
		Mac mac = key.mac();
		mac.update(("jointcase-audit-checkpoint\n" + position + "\n" + chainMac + "\n" + createdAt)
			.getBytes(StandardCharsets.UTF_8));
		return AuditKey.hex(mac.doFinal());
	}
}
