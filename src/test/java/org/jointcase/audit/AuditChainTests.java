package org.jointcase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditChainTests {

	static final AuditKey KEY = new AuditKey("jointcase-test-audit-key-0123456789", "", "");
	static final Instant AT = Instant.parse("2025-03-01T08:00:00.123456Z");
	static final UUID CASE = UUID.fromString("6f1c2b9e-4a7d-4c1e-9f3a-2d8b5e7c1a90");
	static final AuditEvent READ = new AuditEvent("hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(),
			CASE, AuditOutcome.ALLOWED, "证据清单");
	static final AuditEvent REFUSED = new AuditEvent("auditor", "34-MR", "document.download", "document", "d-17", null,
			AuditOutcome.REFUSED_NOT_VISIBLE, null);

	// Expected MACs come from a separate script (Python's hmac) written from the form described on AuditChain, so
	// that these tests catch any change of that form: stored trails depend on it.
	@Test
	void macsTheDocumentedCanonicalFormsUnderTheKey() {
		AuditEntry first = AuditEntry.of(1, AT, READ, null);
		assertThat(AuditChain.entryMac(KEY, first))
			.isEqualTo("8d7695b6d7607426a3a660b2db7e6bc735751ba99d826b1a13dc216b245f395c");
		String firstLink = AuditChain.chainMac(KEY, AuditChain.GENESIS, 1, first);
		assertThat(firstLink).isEqualTo("592b1bc11164100e183c082738a529fbb537ac315a5e1ce67f136f63f3400f64");

		AuditEntry second = AuditEntry.of(2, AT, REFUSED, null);
		assertThat(AuditChain.entryMac(KEY, second))
			.isEqualTo("c2a0b6f2b76e0475ac7518db3459ce0ee8e5ec51e3bccd56b17c1fc14af9f968");
		assertThat(AuditChain.chainMac(KEY, firstLink, 2, second))
			.isEqualTo("9dd4c7bca440267fe3db443db99faefa498d718f9d69d15582a5cbc17671376b");
	}

	@Test
	void everyPartOfTheContentCountsFieldsCannotBleedIntoEachOtherAndTheKeyMatters() {
		List<AuditEntry> variants = List.of(
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, "证据清单", null, null),
				new AuditEntry(2, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, "证据清单", null, null),
				new AuditEntry(1, AT.plusNanos(1000), "hefei.inspector", "3401-MR", "case.read", "case",
						CASE.toString(), CASE, AuditOutcome.ALLOWED, "证据清单", null, null),
				new AuditEntry(1, AT, "hefei.inspecto", "r3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, "证据清单", null, null),
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.update", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, "证据清单", null, null),
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), null,
						AuditOutcome.ALLOWED, "证据清单", null, null),
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.REFUSED_FORBIDDEN, "证据清单", null, null),
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, "", null, null),
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, null, null, null));
		List<String> macs = new ArrayList<>(variants.stream().map(variant -> AuditChain.entryMac(KEY, variant)).toList());
		AuditKey other = new AuditKey("another-audit-key-of-enough-length!", "", "");
		macs.add(AuditChain.entryMac(other, variants.get(0)));
		macs.add(AuditChain.chainMac(KEY, AuditChain.GENESIS, 1, variants.get(0)));
		macs.add(AuditChain.chainMac(KEY, "1".repeat(64), 1, variants.get(0)));
		macs.add(AuditChain.chainMac(KEY, AuditChain.GENESIS, 2, variants.get(0)));
		assertThat(macs).doesNotHaveDuplicates();
	}

	@Test
	void theKeyComesFromTheEnvironmentOrAFileAndIsRequiredOutsideTheDemo(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("audit.key"), "jointcase-test-audit-key-0123456789\n");
		AuditKey fromFile = new AuditKey("", file.toString(), "");
		assertThat(AuditChain.entryMac(fromFile, AuditEntry.of(1, AT, READ, null)))
			.isEqualTo(AuditChain.entryMac(KEY, AuditEntry.of(1, AT, READ, null)));
		assertThatIllegalStateException().isThrownBy(() -> new AuditKey("", "", ""))
			.withMessageContaining("JOINTCASE_AUDIT_KEY");
		assertThatIllegalStateException().isThrownBy(() -> new AuditKey("short", "", ""))
			.withMessageContaining("at least 32");
	}
}
