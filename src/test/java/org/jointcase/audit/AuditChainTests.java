package org.jointcase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditChainTests {

	static final Instant AT = Instant.parse("2025-03-01T08:00:00.123456Z");
	static final UUID CASE = UUID.fromString("6f1c2b9e-4a7d-4c1e-9f3a-2d8b5e7c1a90");
	static final AuditEvent READ = new AuditEvent("hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(),
			CASE, AuditOutcome.ALLOWED, "证据清单");
	static final AuditEvent REFUSED = new AuditEvent("auditor", "34-MR", "document.download", "document", "d-17", null,
			AuditOutcome.REFUSED_NOT_VISIBLE, null);

	// Expected hashes come from a separate script written from the form described on AuditChain, so that these
	// tests catch any change of that form: stored chains depend on it.
	@Test
	void hashesTheDocumentedCanonicalFormAfterThePreviousHash() {
		AuditEntry first = AuditChain.append(new AuditChain.Head(0, AuditChain.GENESIS), AT, READ);
		assertThat(first.sequence()).isEqualTo(1);
		assertThat(first.hash()).isEqualTo("f958690f89bcadaee6dbf98cdbc372efab896493f96d1ace11daa6757a494a76");

		AuditEntry second = AuditChain.append(new AuditChain.Head(1, first.hash()), AT, REFUSED);
		assertThat(second.sequence()).isEqualTo(2);
		assertThat(second.hash()).isEqualTo("4a816e96a3175345b4035b5c79de217dd72f0b24091c9ed8857490d61eb78bff");
		assertThat(AuditChain.hash(first.hash(), second)).isEqualTo(second.hash());
	}

	@Test
	void everyPartOfTheContentAndThePreviousHashCountsAndFieldsCannotBleedIntoEachOther() {
		AuditEntry entry = AuditChain.append(new AuditChain.Head(0, AuditChain.GENESIS), AT, READ);
		List<AuditEntry> variants = List.of(
				new AuditEntry(2, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, "证据清单", null),
				new AuditEntry(1, AT.plusNanos(1000), "hefei.inspector", "3401-MR", "case.read", "case",
						CASE.toString(), CASE, AuditOutcome.ALLOWED, "证据清单", null),
				new AuditEntry(1, AT, "hefei.inspecto", "r3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, "证据清单", null),
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.update", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, "证据清单", null),
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), null,
						AuditOutcome.ALLOWED, "证据清单", null),
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.REFUSED_FORBIDDEN, "证据清单", null),
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, "", null),
				new AuditEntry(1, AT, "hefei.inspector", "3401-MR", "case.read", "case", CASE.toString(), CASE,
						AuditOutcome.ALLOWED, null, null));
		List<String> hashes = new ArrayList<>(
				variants.stream().map(variant -> AuditChain.hash(AuditChain.GENESIS, variant)).toList());
		hashes.add(AuditChain.hash("1".repeat(64), entry));
		hashes.add(entry.hash());
		assertThat(hashes).doesNotHaveDuplicates();
	}

	@Test
	void anIntactChainIsValidUpToItsHead() {
		List<AuditEntry> chain = chain(3);
		assertThat(walk(chain, head(chain))).isEqualTo(new ChainVerification(true, 3, null));
		assertThat(walk(List.of(), new AuditChain.Head(0, AuditChain.GENESIS)))
			.isEqualTo(new ChainVerification(true, 0, null));
	}

	@Test
	void anAlteredEntryBreaksTheChainThereAndTheWalkStops() {
		List<AuditEntry> chain = new ArrayList<>(chain(4));
		AuditEntry second = chain.get(1);
		chain.set(1, new AuditEntry(2, second.recordedAt(), second.officer(), second.agencyCode(), second.action(),
				second.targetType(), second.targetId(), second.caseId(), AuditOutcome.ALLOWED, second.detail(),
				second.hash()));
		assertThat(walk(chain, head(chain))).isEqualTo(new ChainVerification(false, 2, 2L));
	}

	@Test
	void anEntryRewrittenWithAFreshHashBreaksTheChainAtTheNextEntry() {
		List<AuditEntry> chain = new ArrayList<>(chain(3));
		AuditEntry forged = AuditChain.append(new AuditChain.Head(1, chain.get(0).hash()), AT, REFUSED);
		chain.set(1, forged);
		assertThat(walk(chain, head(chain))).isEqualTo(new ChainVerification(false, 3, 3L));
	}

	@Test
	void missingEntriesBreakTheChainAtTheFirstOneMissing() {
		List<AuditEntry> chain = new ArrayList<>(chain(4));
		AuditChain.Head head = head(chain);
		List<AuditEntry> withoutSecond = new ArrayList<>(chain);
		withoutSecond.remove(1);
		assertThat(walk(withoutSecond, head)).isEqualTo(new ChainVerification(false, 2, 2L));
		assertThat(walk(chain.subList(0, 2), head)).isEqualTo(new ChainVerification(false, 2, 3L));
	}

	@Test
	void aLastEntryRewrittenWithAFreshHashNoLongerMatchesTheHead() {
		List<AuditEntry> chain = new ArrayList<>(chain(3));
		AuditChain.Head head = head(chain);
		chain.set(2, AuditChain.append(new AuditChain.Head(2, chain.get(1).hash()), AT, READ));
		assertThat(walk(chain, head)).isEqualTo(new ChainVerification(false, 3, 3L));
	}

	@Test
	void theWalkFollowsTheChainAcrossChunks() {
		List<AuditEntry> chain = chain(5);
		AuditChain.Walk walk = new AuditChain.Walk();
		assertThat(walk.follow(chain.subList(0, 2))).isTrue();
		assertThat(walk.reachedSequence()).isEqualTo(2);
		assertThat(walk.follow(chain.subList(2, 5))).isTrue();
		assertThat(walk.result(head(chain))).isEqualTo(new ChainVerification(true, 5, null));
	}

	private static List<AuditEntry> chain(int length) {
		List<AuditEntry> chain = new ArrayList<>();
		AuditChain.Head head = new AuditChain.Head(0, AuditChain.GENESIS);
		for (int i = 0; i < length; i++) {
			AuditEntry entry = AuditChain.append(head, AT.plusSeconds(i), i % 2 == 0 ? READ : REFUSED);
			chain.add(entry);
			head = new AuditChain.Head(entry.sequence(), entry.hash());
		}
		return chain;
	}

	private static AuditChain.Head head(List<AuditEntry> chain) {
		AuditEntry last = chain.get(chain.size() - 1);
		return new AuditChain.Head(last.sequence(), last.hash());
	}

	private static ChainVerification walk(List<AuditEntry> entries, AuditChain.Head head) {
		AuditChain.Walk walk = new AuditChain.Walk();
		walk.follow(entries);
		return walk.result(head);
	}
}
