package org.jointcase.benchmark;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A batch file of 10,000 complaints and reports over HTTP: upload, then polled until done; prints the time from the
 * upload to the last row imported and the CPU time the application and the database's server processes spent
 * meanwhile (per row: what a shared machine's load does not change much). A warm-up batch is imported first and the
 * database vacuumed and analysed after it: a live database holds earlier items and its statistics say so (this
 * server runs without autovacuum, and tables analysed while empty are planned as empty, every lookup a sequential
 * scan that grows with the batch). Run with {@code mvn -Pbenchmark test -Dtest=IntakeImportBenchmark};
 * {@code -Djointcase.benchmark.rows=N} for another size, {@code -Djointcase.benchmark.warm-up=N} (default 3,000).
 */
@IntegrationTest
class IntakeImportBenchmark {

	static final int ROWS = Integer.getInteger("jointcase.benchmark.rows", 10_000);
	static final int WARM_UP = Integer.getInteger("jointcase.benchmark.warm-up", 3_000);
	private static final String BOUNDARY = "bench-boundary";
	/** Linux's USER_HZ, the unit of {@code /proc/<pid>/stat}'s CPU times. */
	private static final int TICKS_PER_SECOND = 100;

	@LocalServerPort
	int port;

	@Test
	void import10000Rows() throws Exception {
		String run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
		ApiClient officer = ApiClient.as(port, "hefei.inspector");
		byte[] warmUp = batchFile(run + "-warm-up", WARM_UP);
		byte[] measured = batchFile(run, ROWS);
		importBatch(officer, warmUp);
		Seeds.vacuumAnalyze();
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long applicationCpu = applicationCpuNanos();
		long databaseCpu = databaseCpuTicks();
		long start = System.nanoTime();
		JsonNode batch = importBatch(officer, measured);
		double seconds = (System.nanoTime() - start) / 1e9;
		double applicationMs = (applicationCpuNanos() - applicationCpu) / 1e6;
		double databaseMs = (databaseCpuTicks() - databaseCpu) * 1000.0 / TICKS_PER_SECOND;
		System.out.printf("BENCHMARK intake batch of %d rows (after a warm-up batch of %d): %.1f s (%.0f rows/s), %d"
				+ " imported, %d refused; CPU per row: application %.1f ms, database %.1f ms; load average %.1f"
				+ " before, %.1f after%n", ROWS, WARM_UP, seconds, ROWS / seconds, batch.path("imported").asInt(),
				batch.path("refused").asInt(), applicationMs / ROWS, databaseMs / ROWS, loadBefore,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/** A multipart body with a CSV file of {@code rows} items, their work orders marked with {@code run}. */
	private static byte[] batchFile(String run, int rows) {
		String[] regions = { "340104", "340111", "340103", "340202", "340207", "3401" };
		StringBuilder csv = new StringBuilder("kind,channel,workOrder,personName,personContact,realName,businessName,"
				+ "businessRegion,facts,amount\r\n");
		for (int i = 0; i < rows; i++) {
			csv.append(i % 3 == 0 ? "REPORT" : "COMPLAINT").append(",PLATFORM_12315,BENCH-").append(run).append('-')
				.append(i).append(",Person ").append(i).append(",1380000").append(String.format("%04d", i % 10_000))
				.append(",true,Bench Shop ").append(i % 500).append(',').append(regions[i % regions.length])
				.append(",Prepaid card not refunded,").append(100 + i % 900).append("\r\n");
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\""
				+ "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	/** Uploads the batch and polls it every second until it is done; answers the finished batch. */
	private static JsonNode importBatch(ApiClient officer, byte[] body) throws Exception {
		ApiClient.Response uploaded = officer.send(officer.request("/api/intake/batches")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		if (uploaded.status() != 201) {
			throw new AssertionError(uploaded.toString());
		}
		JsonNode batch;
		do {
			Thread.sleep(1000);
			batch = officer.get(uploaded.header("Location")).json();
		}
		while (!"DONE".equals(batch.path("status").asText()));
		return batch;
	}

	private static long applicationCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * The CPU time of the server processes serving this database (the application's pool keeps its connections for
	 * the whole batch), read from {@code /proc} when the server runs on this machine; 0 where it cannot be read.
	 */
	private static long databaseCpuTicks() throws Exception {
		long ticks = 0;
		try (Connection owner = TestDatabase.connect(); Statement statement = owner.createStatement();
				var pids = statement.executeQuery("select pid from pg_stat_activity where datname = current_database()"
						+ " and pid <> pg_backend_pid()")) {
			while (pids.next()) {
				java.nio.file.Path stat = java.nio.file.Path.of("/proc", pids.getString(1), "stat");
				if (java.nio.file.Files.isReadable(stat)) {
					String[] fields = java.nio.file.Files.readString(stat).replaceFirst(".*\\) ", "").split(" ");
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
			}
		}
		return ticks;
	}
}
