package org.jointcase.audit;

import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the benchmark: the trail as it was before entries were chained after commit, switchable at run time, so that
 * one run measures both. While {@link #lockedHead} is on, every record takes a transaction of its own (a second
 * connection when the caller has one), locks the one head row, inserts and moves the head, as the old append did.
 */
public class LockedHeadAuditTrail extends AuditTrail {

	private final JdbcClient jdbc;
	private final TransactionTemplate requiresNew;
	private volatile boolean lockedHead;

	LockedHeadAuditTrail(AuditRepository repository, AuditKey key, AuditCheckpoints checkpoints,
			DataSource dataSource, PlatformTransactionManager transactions, JdbcClient jdbc) {
		super(repository, key, checkpoints, dataSource, transactions);
		this.jdbc = jdbc;
		this.requiresNew = new TransactionTemplate(transactions);
		this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void lockedHead(boolean on) {
		this.lockedHead = on;
	}

	@Override
	public void recordChange(AuditEvent event) {
		if (lockedHead) {
			appendUnderHeadLock(List.of(event));
		}
		else {
			super.recordChange(event);
		}
	}

	@Override
	public void recordAttempts(Collection<AuditEvent> events) {
		if (lockedHead) {
			appendUnderHeadLock(List.copyOf(events));
		}
		else {
			super.recordAttempts(events);
		}
	}

	private void appendUnderHeadLock(List<AuditEvent> events) {
		requiresNew.executeWithoutResult(status -> {
			jdbc.sql("select last_position from audit_chainer where id = 1 for update").query(Long.class).single();
			insert(events);
			jdbc.sql("update audit_chainer set last_seq = last_seq where id = 1").update();
		});
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Baseline {

		@Bean
		@Primary
		LockedHeadAuditTrail lockedHeadAuditTrail(AuditRepository repository, AuditKey key,
				AuditCheckpoints checkpoints, DataSource dataSource, PlatformTransactionManager transactions,
				JdbcClient jdbc) {
			return new LockedHeadAuditTrail(repository, key, checkpoints, dataSource, transactions, jdbc);
		}
	}
}
