package org.jointcase.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret the trail's MACs are keyed with: {@code JOINTCASE_AUDIT_KEY} (at least 32 characters), or the contents
 * of the file {@code JOINTCASE_AUDIT_KEY_FILE} (surrounding white space ignored). It is never written to the
 * database, so whoever owns the database can change rows but cannot compute the MACs that would make them pass.
 * Without either the application does not start, except in the demo, which uses a fixed, public demo key and says
 * so in the log.
 */
@Component
class AuditKey {

	private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
	private static final String ALGORITHM = "HmacSHA256";
	static final int MIN_LENGTH = 32;

	private final SecretKeySpec key;

	AuditKey(@Value("${jointcase.audit.key:}") String key, @Value("${jointcase.audit.key-file:}") String keyFile,
			@Value("${jointcase.audit.demo-key:}") String demoKey) {
		this.key = new SecretKeySpec(bytes(choose(key, keyFile, demoKey)), ALGORITHM);
	}

	private static String choose(String key, String keyFile, String demoKey) {
		if (!key.isBlank()) {
			return key;
		}
		if (!keyFile.isBlank()) {
			try {
				return Files.readString(Path.of(keyFile), StandardCharsets.UTF_8).strip();
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException("JOINTCASE_AUDIT_KEY_FILE " + keyFile + " cannot be read", unreadable);
			}
		}
		if (!demoKey.isBlank()) {
			log.warn("The audit trail is keyed with the public demo key: anyone can forge its MACs. "
					+ "Set JOINTCASE_AUDIT_KEY or JOINTCASE_AUDIT_KEY_FILE for real use.");
			return demoKey;
		}
		throw new IllegalStateException("The audit trail needs a secret key: set JOINTCASE_AUDIT_KEY (at least "
				+ MIN_LENGTH + " characters) or JOINTCASE_AUDIT_KEY_FILE (a file holding it)");
	}

	private static byte[] bytes(String secret) {
		if (secret.length() < MIN_LENGTH) {
			throw new IllegalStateException("The audit key must have at least " + MIN_LENGTH + " characters");
		}
		return secret.getBytes(StandardCharsets.UTF_8);
	}

	/** A fresh MAC under the key, for one computation on one thread. */
	Mac mac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
			// Every Java platform provides HmacSHA256, and any byte string is a valid key for it.
			throw new IllegalStateException(impossible);
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}
}
