package org.jointcase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Watches a node's connection pool for a thread that asks it for a connection while it holds one already: with a
 * burst of such requests every pooled connection is held by a request waiting for a second, and the node freezes.
 * Hikari tells its metrics tracker of each connection handed out and given back, on the thread that does it. Counts
 * what request threads do (the job executor and schedulers are not part of a request).
 */
public final class ConnectionWatch implements MetricsTrackerFactory {

	private static final ThreadLocal<Integer> HELD = ThreadLocal.withInitial(() -> 0);
	private static final List<String> NESTED = new CopyOnWriteArrayList<>();

	private ConnectionWatch() {
	}

	/** Each time a request thread asked for a second connection: the thread and the Jointcase frames it came from. */
	public static List<String> nested() {
		return List.copyOf(NESTED);
	}

	/** Installs the watch on the node's pool before the pool starts. */
	static BeanPostProcessor installer() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof HikariDataSource pool) {
					pool.setMetricsTrackerFactory(new ConnectionWatch());
				}
				return bean;
			}
		};
	}

	@Override
	public IMetricsTracker create(String poolName, PoolStats poolStats) {
		return new IMetricsTracker() {

			@Override
			public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
				Thread thread = Thread.currentThread();
				if (thread.getName().contains("-exec-") && HELD.get() > 0) {
					StringBuilder where = new StringBuilder(thread.getName());
					for (StackTraceElement frame : new Throwable().getStackTrace()) {
						if (frame.getClassName().startsWith("org.jointcase")
								&& !frame.getClassName().startsWith(ConnectionWatch.class.getName())) {
							where.append(" < ").append(frame);
						}
					}
					NESTED.add(where.toString());
				}
				HELD.set(HELD.get() + 1);
			}

			@Override
			public void recordConnectionUsageMillis(long elapsedBorrowedMillis) {
				HELD.set(Math.max(0, HELD.get() - 1));
			}
		};
	}
}
