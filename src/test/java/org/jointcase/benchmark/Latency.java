package org.jointcase.benchmark;

import java.util.Arrays;
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
		Arrays.sort(millis);
		double mean = Arrays.stream(millis).average().orElse(0);
		String line = String.format("%-48s n=%d mean=%.1f ms p50=%.1f ms p95=%.1f ms p99=%.1f ms", label, runs, mean,
				percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
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
