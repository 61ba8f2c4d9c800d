package org.jointcase.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import org.jointcase.web.ApiProblem;
import org.jointcase.web.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of case data: every module records here who read or changed what, or tried to and was refused;
 * auditors and administrators read it and verify that nobody rewrote it. Entries are only ever appended: nothing in
 * the application changes or removes one, and on PostgreSQL the database refuses to.
 */
@Service
public class AuditTrail {

	private static final int MAX_PAGE_SIZE = 200;
	private static final int VERIFICATION_CHUNK = 1000;

	private final AuditRepository repository;

	AuditTrail(AuditRepository repository) {
		this.repository = repository;
	}

	/**
	 * Appends {@code event} to the trail and returns once it is stored. It is stored in a transaction of its own, so
	 * it stays even when the caller's transaction rolls back (as it does when a refusal ends in an exception); that
	 * transaction takes a second database connection while the caller's holds the first. A failure to store it is
	 * thrown to the caller: an action that cannot be recorded should not go ahead.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditEvent event) {
		append(List.of(event));
	}

	/**
	 * Appends {@code events} in their order, like {@link #record} but with one lock of the chain and one batch insert: for
	 * recording every case of a list that an officer was shown. Nothing happens for an empty collection.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAll(Collection<AuditEvent> events) {
		if (!events.isEmpty()) {
			append(List.copyOf(events));
		}
	}

	private void append(List<AuditEvent> events) {
		AuditChain.Head head = repository.lockHead();
		// Taken under the lock, so that time does not run backwards along the chain of one node; in microseconds,
		// as the database keeps it, for the hash must cover what is stored.
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		List<AuditEntry> entries = new ArrayList<>(events.size());
		for (AuditEvent event : events) {
			AuditEntry entry = AuditChain.append(head, now, event);
			entries.add(entry);
			head = new AuditChain.Head(entry.sequence(), entry.hash());
		}
		repository.append(entries);
	}

	/**
	 * Entries matching {@code query}, newest first, {@code size} (1 to 200) at a time. {@code cursor} is
	 * {@code null} for the first page and the {@code next} of the previous page after that.
	 */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
	public PageResponse<AuditEntry> entries(AuditQuery query, String cursor, int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw ApiProblem.invalid("size", "range", "size must be between 1 and " + MAX_PAGE_SIZE);
		}
		if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
			throw ApiProblem.invalid("to", "after-from", "to must be later than from");
		}
		Long before = cursor == null || cursor.isBlank() ? null : sequenceIn(cursor);
		List<AuditEntry> found = repository.newestFirst(query, before, size + 1);
		if (found.size() <= size) {
			return new PageResponse<>(found, null);
		}
		List<AuditEntry> page = found.subList(0, size);
		return new PageResponse<>(page, cursorBefore(page.get(size - 1).sequence()));
	}

	/**
	 * Walks the whole chain from its first entry, recomputing every hash, up to the newest entry at the time of the
	 * call. An entry changed, removed or inserted below the application breaks the chain at that entry.
	 */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
	public ChainVerification verify() {
		AuditChain.Head head = repository.head();
		AuditChain.Walk walk = new AuditChain.Walk();
		List<AuditEntry> chunk;
		do {
			chunk = repository.chain(walk.reachedSequence(), head.sequence(), VERIFICATION_CHUNK);
		}
		while (walk.follow(chunk) && chunk.size() == VERIFICATION_CHUNK);
		return walk.result(head);
	}

	private static String cursorBefore(long sequence) {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString(Long.toString(sequence).getBytes(StandardCharsets.US_ASCII));
	}

	private static long sequenceIn(String cursor) {
		try {
			long sequence = Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor),
					StandardCharsets.US_ASCII));
			if (sequence > 0) {
				return sequence;
			}
		}
		catch (IllegalArgumentException notOurs) {
			// answered below, like any other cursor this API did not give out
		}
		throw ApiProblem.invalid("cursor", "valid-cursor", "The cursor is not one this API gave out");
	}
}
