package org.jointcase.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed entries into one chain, after they were written. Writers never wait for each other: each entry is
 * stored with a number from a database sequence and the MAC of its own content, and nothing is locked. Here, every
 * few seconds ({@code jointcase.audit.chain-interval}, 5 s unless set) and before every checkpoint, one chainer of
 * the whole cluster at a time (the lock of the {@code audit_chainer} row; a second node waits and then finds nothing
 * left to link) gives the entries no link names yet the next positions in sequence order, each link carrying the
 * chain MAC over the previous link and the entry. An entry that commits after a later-numbered one was linked is
 * linked in the next round: the chain's order is the order of linking, and no entry is left out.
 */
@Component
class AuditChainer {

	private static final int ROUND = 1000;

	private final AuditRepository repository;
	private final AuditKey key;
	private final TransactionTemplate transaction;

	AuditChainer(AuditRepository repository, AuditKey key, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.key = key;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${jointcase.audit.chain-interval:5s}", initialDelayString = "${jointcase.audit.chain-interval:5s}")
	void scheduled() {
		chain();
	}

	/** Links every committed entry not linked yet, and returns the newest link. */
	AuditChain.Head chain() {
		AuditChain.Head head;
		boolean more;
		do {
			AuditChain.Head[] reached = new AuditChain.Head[1];
			more = Boolean.TRUE.equals(transaction.execute(status -> {
				AuditChain.Head at = repository.lockChainer();
				List<AuditEntry> entries = repository.unlinkedNear(at.sequence(), ROUND);
				List<AuditRepository.Link> links = new ArrayList<>(entries.size());
				for (AuditEntry entry : entries) {
					long position = at.position() + 1;
					String chainMac = AuditChain.chainMac(key, at.chainMac(), position, entry);
					links.add(new AuditRepository.Link(position, entry.sequence(), chainMac, entry));
					at = new AuditChain.Head(position, chainMac, Math.max(at.sequence(), entry.sequence()));
				}
				if (!links.isEmpty()) {
					repository.link(links, at);
				}
				reached[0] = at;
				return entries.size() == ROUND;
			}));
			head = reached[0];
		}
		while (more);
		return head;
	}
}
