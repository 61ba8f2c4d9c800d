package org.jointcase.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own ({@code initdb} and {@code pg_ctl} of PostgreSQL 15, as user {@code postgres}
 * when the tests run as root), on a free port with its data in a temporary folder, so that the test may stop it.
 * Trusts local connections; its database {@code postgres} has the application's role of {@code TestDatabase}.
 */
final class ScratchPostgres implements AutoCloseable {

	private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
	static final String APPLICATION_ROLE = "jointcase_app";

	private final Path folder;
	private final int port;

	private ScratchPostgres(Path folder, int port) {
		this.folder = folder;
		this.port = port;
	}

	static ScratchPostgres start() throws IOException, SQLException {
		Path folder = Files.createTempDirectory("jointcase-scratch-postgres");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ScratchPostgres server = new ScratchPostgres(folder, port);
		if (isRoot()) {
			run("chown", "-R", "postgres:postgres", folder.toString());
		}
		server.asPostgres(BIN.resolve("initdb").toString(), "-D", server.data(), "-U", "postgres", "-A", "trust",
				"--no-sync");
		server.asPostgres(BIN.resolve("pg_ctl").toString(), "-D", server.data(), "-l", folder.resolve("server.log")
			.toString(), "-w", "-t", "60", "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1",
				"start");
		try (Connection connection = DriverManager.getConnection(server.url(), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create role " + APPLICATION_ROLE + " login password '" + APPLICATION_ROLE + "'");
		}
		return server;
	}

	String url() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
	}

	/** Stops the server at once, as a crash or a lost host would: the clients' connections break. */
	void stop() {
		asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop");
	}

	@Override
	public void close() throws IOException {
		if (Files.exists(Path.of(data(), "postmaster.pid"))) {
			stop();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	private String data() {
		return folder.resolve("data").toString();
	}

	private void asPostgres(String... command) {
		List<String> line = new ArrayList<>();
		if (isRoot()) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		run(line.toArray(String[]::new));
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}
}
