package org.jointcase.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/** Times repeated calls and prints mean and percentiles in milliseconds. */
final class Latency {

	private Latency() {
	}

	/** Runs {@code call} {@code warmup} times untimed, then {@code runs} times timed; each call answers an HTTP status. */
	static String measure(String label, int warmup, int runs, IntSupplier call) {
		for (int i = 0; i < warmup; i++) {
			check(label, call.getAsInt());
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			check(label, call.getAsInt());
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		return print(label, millis);
	}

	/**
	 * An open-model load: {@code call} arrives {@code perSecond} times a second for {@code seconds}, each on its own
	 * thread as it arrives, whether or not earlier ones answered (a closed loop would slow its arrivals down as the
	 * server slows and hide the queueing). Each call is timed from its arrival.
	 */
	static String atRate(String label, double perSecond, int seconds, IntSupplier call) {
		List<Double> millis = Collections.synchronizedList(new ArrayList<>());
		arrivals(perSecond, seconds, () -> {
			long start = System.nanoTime();
			check(label, call.getAsInt());
			millis.add((System.nanoTime() - start) / 1_000_000.0);
		});
		return print(String.format("%s at %.0f/s", label, perSecond), millis);
	}

	/** Runs {@code arrival} {@code perSecond} times a second for {@code seconds}, each on its own thread; waits for all. */
	static void arrivals(double perSecond, int seconds, Runnable arrival) {
		ExecutorService workers = Executors.newCachedThreadPool();
		ScheduledExecutorService clock = Executors
			.newSingleThreadScheduledExecutor();
		List<Future<?>> running = new CopyOnWriteArrayList<>();
		clock.scheduleAtFixedRate(() -> running.add(workers.submit(arrival)), 0, (long) (1e9 / perSecond),
				TimeUnit.NANOSECONDS);
		try {
			Thread.sleep(seconds * 1000L);
			clock.shutdown();
			clock.awaitTermination(5, TimeUnit.SECONDS);
			for (Future<?> call : running) {
				call.get();
			}
		}
		catch (InterruptedException | ExecutionException failure) {
			throw new IllegalStateException(failure);
		}
		finally {
			workers.shutdown();
		}
	}

	/** Calls per second of {@code clients} closed loops, each calling {@code call} again as it returns, for {@code millis}. */
	static double closedLoops(int clients, long millis, Runnable call) {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicLong done = new AtomicLong();
		long start = System.nanoTime();
		long end = start + millis * 1_000_000;
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					call.run();
					done.incrementAndGet();
				}
			}));
		}
		try {
			for (Future<?> client : running) {
				client.get();
			}
		}
		catch (InterruptedException | ExecutionException failure) {
			throw new IllegalStateException(failure);
		}
		finally {
			pool.shutdown();
		}
		return done.get() / ((System.nanoTime() - start) / 1e9);
	}

	/** Prints the mean and percentiles of {@code millis}, timed elsewhere. */
	static String print(String label, List<Double> millis) {
		return print(label, millis.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private static String print(String label, double[] millis) {
		if (millis.length == 0) {
			System.out.println("BENCHMARK " + label + ": no samples");
			return label;
		}
		Arrays.sort(millis);
		double mean = Arrays.stream(millis).average().orElse(0);
		String line = String.format("%-48s n=%d mean=%.1f ms p50=%.1f ms p95=%.1f ms p99=%.1f ms", label,
				millis.length, mean, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
		System.out.println("BENCHMARK " + line);
		return line;
	}

	private static double percentile(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	private static void check(String label, int status) {
		if (status != 200 && status != 201 && status != 204) {
			throw new IllegalStateException(label + " answered " + status);
		}
	}
}
