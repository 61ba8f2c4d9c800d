package org.jointcase.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.jointcase.persistence.TransactionScoped;
import org.jointcase.web.ApiProblem;
import org.jointcase.web.Keyset;
import org.jointcase.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail of case data: every module records here who read or changed what, or tried to and was refused;
 * auditors and administrators read it and verify that nobody rewrote it. Entries are only ever appended: nothing in
 * the application changes or removes one, on PostgreSQL the database refuses to, and every entry is keyed-MACed and
 * chained ({@link AuditChainer}) so that a change below the application shows.
 *
 * <p>Two kinds of entry, told apart by the caller:
 * <ul>
 * <li>{@link #recordChange} — what the caller changed (a share granted, a document uploaded). The entry joins the
 * caller's transaction: it commits with the change or not at all, so a change that rolls back leaves no entry. The
 * changes of one transaction are written together just before it commits, on the caller's connection, stamped with
 * that moment; without a transaction they are written in one of their own.</li>
 * <li>{@link #recordAttempt} — a read, or an attempt refused (404 or 403). It must stay even when the caller's
 * transaction rolls back, as it does when a refusal ends in an exception. Inside a transaction the entry is held
 * until that transaction has completed (a transaction synchronization) and then written, in a short transaction of
 * its own, <em>on the connection the caller's transaction used</em>, which is still bound to the thread at that point
 * and no longer in a transaction: a request never holds one pooled connection while it waits for a second, so a
 * burst of requests cannot exhaust the pool through the trail. Without a transaction it is written at once. Either
 * way it is stored before the call that caused it returns or throws to the web layer. A failure to store an attempt
 * inside a transaction is logged, since the caller's transaction has ended by then; outside one it is thrown.</li>
 * </ul>
 * Writers lock nothing: the chain is built after them by {@link AuditChainer}.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
	private static final int MAX_PAGE_SIZE = 200;
	private static final int VERIFICATION_CHUNK = 1000;
	static final List<String> TRIGGERS = List.of("audit_entry_no_update_or_delete", "audit_entry_no_truncate",
			"audit_link_no_update_or_delete", "audit_link_no_truncate", "audit_chainer_no_delete",
			"audit_chainer_no_truncate");

	private final AuditRepository repository;
	private final AuditKey key;
	private final AuditCheckpoints checkpoints;
	private final DataSource dataSource;
	private final TransactionTemplate transaction;

	AuditTrail(AuditRepository repository, AuditKey key, AuditCheckpoints checkpoints, DataSource dataSource,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.key = key;
		this.checkpoints = checkpoints;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Records a change the caller made, in the caller's transaction: it commits with the change or not at all. A
	 * failure to store it is thrown and rolls the change back: a change that cannot be recorded does not happen.
	 */
	@Transactional
	public void recordChange(AuditEvent event) {
		List<AuditEvent> changes = TransactionScoped.value(this, ArrayList::new, this::insert);
		if (changes == null) {
			insert(List.of(event));
		}
		else {
			changes.add(event);
		}
	}

	/** Records a read or a refused attempt, so that it stays whatever becomes of the caller's transaction. */
	public void recordAttempt(AuditEvent event) {
		recordAttempts(List.of(event));
	}

	/** {@link #recordAttempt} for several events in their order, in one batch; nothing for an empty collection. */
	public void recordAttempts(Collection<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		List<AuditEvent> held = List.copyOf(events);
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new AfterCompletion(held));
		}
		else {
			transaction.executeWithoutResult(status -> insert(held));
		}
	}

	/** Writes held attempts once the caller's transaction is over, on its connection, and commits them. */
	private final class AfterCompletion implements TransactionSynchronization {

		private final List<AuditEvent> events;

		AfterCompletion(List<AuditEvent> events) {
			this.events = events;
		}

		@Override
		public void afterCompletion(int status) {
			// The caller's connection is still bound to the thread (the transaction manager releases it after the
			// synchronizations), committed or rolled back, in manual-commit mode: data access here runs on it.
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				boolean readOnly = connection.isReadOnly();
				if (readOnly) {
					connection.setReadOnly(false);
				}
				try {
					insert(events);
					if (!connection.getAutoCommit()) {
						connection.commit();
					}
				}
				catch (RuntimeException | SQLException failure) {
					if (!connection.getAutoCommit()) {
						connection.rollback();
					}
					throw failure;
				}
				finally {
					if (readOnly) {
						connection.setReadOnly(true);
					}
				}
			}
			catch (RuntimeException | SQLException failure) {
				log.error("Audit entries could not be stored after their transaction: {}", events, failure);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		}
	}

	void insert(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		// In microseconds, as the database keeps it, for the MAC must cover what is stored.
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		List<AuditEntry> entries = new ArrayList<>(events.size());
		List<Long> sequences = repository.nextSequences(events.size());
		for (int i = 0; i < events.size(); i++) {
			AuditEvent event = events.get(i);
			AuditEntry unsigned = AuditEntry.of(sequences.get(i), now, event, null);
			entries.add(AuditEntry.of(unsigned.sequence(), now, event, AuditChain.entryMac(key, unsigned)));
		}
		repository.insert(entries);
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
		return new PageResponse<>(page, Keyset.cursor(page.get(size - 1).sequence()));
	}

	/** Links what is committed and checkpoints the chain head outside the database (see {@link AuditCheckpoints}). */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
	public AuditCheckpoint checkpoint() {
		return checkpoints.checkpoint();
	}

	/**
	 * Verifies the whole trail: the audit triggers are on (PostgreSQL); every link, in chain order from the first,
	 * matches its chain MAC over the previous link and its entry's content; the chain still holds the newest
	 * checkpoint's link with its MAC; every entry not linked yet matches its own MAC. Without the key nobody can
	 * recompute a MAC, so an entry changed or removed, a chain rebuilt or cut back below the application shows.
	 */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
	public ChainVerification verify() {
		Optional<AuditCheckpoint> checkpoint = checkpoints.newest();
		Long against = checkpoint.map(AuditCheckpoint::position).orElse(null);
		if (!repository.triggersNotEnabled(TRIGGERS).isEmpty()) {
			return new ChainVerification(false, 0, null, "trigger-disabled", against);
		}
		long checked = 0;
		String previous = AuditChain.GENESIS;
		long position = 0;
		boolean checkpointSeen = false;
		List<AuditRepository.Link> links;
		do {
			links = repository.links(position, VERIFICATION_CHUNK);
			for (AuditRepository.Link link : links) {
				if (link.position() != position + 1) {
					return new ChainVerification(false, checked, link.sequence(), "link-missing", against);
				}
				AuditEntry entry = link.entry();
				if (entry == null) {
					return new ChainVerification(false, checked, link.sequence(), "entry-missing", against);
				}
				checked++;
				if (entry.mac() != null && !entry.mac().equals(AuditChain.entryMac(key, entry))) {
					return new ChainVerification(false, checked, entry.sequence(), "entry-mac", against);
				}
				if (!link.chainMac().equals(AuditChain.chainMac(key, previous, link.position(), entry))) {
					return new ChainVerification(false, checked, entry.sequence(), "chain-mac", against);
				}
				if (checkpoint.isPresent() && link.position() == checkpoint.get().position()) {
					if (!link.chainMac().equals(checkpoint.get().chainMac())) {
						return new ChainVerification(false, checked, entry.sequence(), "behind-checkpoint", against);
					}
					checkpointSeen = true;
				}
				previous = link.chainMac();
				position = link.position();
			}
		}
		while (links.size() == VERIFICATION_CHUNK);
		if (checkpoint.isPresent() && checkpoint.get().position() > 0 && !checkpointSeen) {
			return new ChainVerification(false, checked, null, "behind-checkpoint", against);
		}
		long after = 0;
		List<AuditEntry> unlinked;
		do {
			unlinked = repository.unlinked(after, VERIFICATION_CHUNK);
			for (AuditEntry entry : unlinked) {
				checked++;
				if (entry.mac() == null || !entry.mac().equals(AuditChain.entryMac(key, entry))) {
					return new ChainVerification(false, checked, entry.sequence(), "entry-mac", against);
				}
				after = entry.sequence();
			}
		}
		while (unlinked.size() == VERIFICATION_CHUNK);
		return new ChainVerification(true, checked, null, null, against);
	}

	private static long sequenceIn(String cursor) {
		return Keyset.position(cursor, parts -> {
			long sequence = Long.parseLong(parts[0]);
			if (sequence <= 0) {
				throw new IllegalArgumentException("not a sequence of the trail");
			}
			return sequence;
		});
	}
}
