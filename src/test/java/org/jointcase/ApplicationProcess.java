package org.jointcase;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, started as an operator would start it ({@code java … JointcaseApplication}),
 * for tests about the process as a whole: its heap, its database going away. Its classpath is the tests' without the
 * test classes, its output goes to a file that a failure quotes, and it signs officers in with the demo passwords
 * (profile demo, no identity provider).
 */
public final class ApplicationProcess implements AutoCloseable {

	private static final Duration START = Duration.ofMinutes(5);

	private final Process process;
	private final int port;
	private final Path log;

	private ApplicationProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the application with these JVM options and properties on a free port and waits until it is live;
	 * without {@code spring.datasource.url} it runs on the tests' database, migrated by the test context already.
	 */
	public static ApplicationProcess start(List<String> jvmOptions, Map<String, String> properties) {
		try {
			int port = freePort();
			Path log = Files.createTempFile("jointcase-process-", ".log");
			Map<String, String> all = new TreeMap<>(Map.of("server.port", String.valueOf(port),
					"spring.datasource.url", TestDatabase.URL, "spring.datasource.username", TestDatabase.APPLICATION_ROLE,
					"spring.datasource.password", TestDatabase.APPLICATION_PASSWORD, "spring.flyway.user", TestDatabase.USER,
					"spring.flyway.password", TestDatabase.PASSWORD, "jointcase.audit.checkpoint-dir",
					Files.createTempDirectory("jointcase-process-checkpoints").toString(),
					"jointcase.audit.chain-interval", "1h", "jointcase.audit.checkpoint-interval", "1h"));
			all.putAll(properties);
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(jvmOptions);
			command.addAll(List.of("-cp", applicationClasspath(), JointcaseApplication.class.getName()));
			all.forEach((name, value) -> command.add("--" + name + "=" + value));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			ApplicationProcess application = new ApplicationProcess(process, port, log);
			application.awaitLive();
			return application;
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	public int port() {
		return port;
	}

	public boolean alive() {
		return process.isAlive();
	}

	/** The last lines of the application's output, for a failure's message. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException unreadable) {
			return "(no output: " + unreadable + ")";
		}
	}

	private void awaitLive() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(START);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError("The application exited with " + process.exitValue() + ":\n" + logTail());
			}
			try {
				HttpResponse<Void> live = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
						+ "/actuator/health/liveness")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (live.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new AssertionError(interrupted);
			}
			sleep(Duration.ofSeconds(1));
		}
		close();
		throw new AssertionError("The application was not live within " + START + ":\n" + logTail());
	}

	/** Stops it as an orchestrator would (SIGTERM), and for good after 30 s. */
	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException interrupted) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static String applicationClasspath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !Path.of(entry).endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new AssertionError(interrupted);
		}
	}
}
