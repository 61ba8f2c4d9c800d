package org.jointcase.operations;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * A health check that answers within its limit: DOWN when the check it wraps takes longer (a database that is gone
 * keeps a pool waiting for a connection), so that a load balancer's readiness probe hears DOWN at once instead of
 * timing out. At most one check runs at a time; a probe that comes while a slow one still runs waits for that one.
 */
final class TimeLimitedHealth implements HealthIndicator {

	private static final ExecutorService CHECKS = Executors.newCachedThreadPool(check -> {
		Thread thread = new Thread(check, "health-check");
		thread.setDaemon(true);
		return thread;
	});

	private final HealthIndicator check;
	private final Duration limit;
	private CompletableFuture<Health> running;

	TimeLimitedHealth(HealthIndicator check, Duration limit) {
		this.check = check;
		this.limit = limit;
	}

	@Override
	public Health health() {
		try {
			return current().get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException slow) {
			return Health.down().withDetail("error", "no answer within " + limit.toMillis() + " ms").build();
		}
		catch (ExecutionException failed) {
			return Health.down(failed.getCause()).build();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return Health.down().withDetail("error", "interrupted").build();
		}
	}

	private synchronized CompletableFuture<Health> current() {
		if (running == null || running.isDone()) {
			running = CompletableFuture.supplyAsync(check::health, CHECKS);
		}
		return running;
	}
}
