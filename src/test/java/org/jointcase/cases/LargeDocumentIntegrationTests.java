package org.jointcase.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jointcase.ApiClient;
import org.jointcase.ApplicationProcess;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 25 MB document goes in and comes out of an application whose whole heap is {@value #HEAP}: neither the upload
 * nor the download holds the file in memory (the store reads and writes 1 MiB chunks, the answer streams them), and
 * an OutOfMemoryError would end the process ({@code -XX:+ExitOnOutOfMemoryError}, as in the Docker image). The
 * application runs in a JVM of its own on the tests' database, migrated by the shared test context.
 */
@IntegrationTest
class LargeDocumentIntegrationTests {

	private static final String HEAP = "112m";
	private static final int SIZE = 25_000_000;

	@TempDir
	Path folder;

	@Test
	void aTwentyFiveMegabyteDocumentStreamsThroughASmallHeap() throws Exception {
		Path file = folder.resolve("inspection-video.bin");
		MessageDigest written = MessageDigest.getInstance("SHA-256");
		try (OutputStream out = Files.newOutputStream(file)) {
			Random random = new Random(25);
			byte[] block = new byte[64 * 1024];
			for (int left = SIZE; left > 0; left -= block.length) {
				random.nextBytes(block);
				int length = Math.min(left, block.length);
				out.write(block, 0, length);
				written.update(block, 0, length);
			}
		}
		String sha256 = Base64.getEncoder().encodeToString(written.digest());

		try (ApplicationProcess application = ApplicationProcess.start(
				List.of("-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError"),
				// The shared context runs the jobs of the tests' database; this one serves HTTP only.
				Map.of("camunda.bpm.job-execution.enabled", "false", "management.endpoint.health.group.readiness.include",
						"readinessState,db,processEngine"))) {
			ApiClient inspector = ApiClient.as(application.port(), "baohe.inspector", "jointcase");
			ApiClient.Response created = inspector.post("/api/cases", Map.of("title", "Large evidence", "summary",
					"A long video", "category", "OTHER", "regionCode", "340111"));
			assertThat(created.status()).as(application.logTail()).isEqualTo(201);
			String caseId = created.json().path("id").asText();

			String boundary = "jointcase-" + UUID.randomUUID();
			ApiClient.Response uploaded = inspector.send(inspector.request("/api/cases/" + caseId + "/documents")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.timeout(Duration.ofMinutes(3))
				.POST(HttpRequest.BodyPublishers.concat(
						HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data;"
								+ " name=\"file\"; filename=\"inspection-video.bin\"\r\nContent-Type:"
								+ " application/octet-stream\r\n\r\n"),
						HttpRequest.BodyPublishers.ofFile(file),
						HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))));
			assertThat(uploaded.status()).as(uploaded + "\n" + application.logTail()).isEqualTo(201);
			String documentId = uploaded.json().path("id").asText();

			HttpResponse<InputStream> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
					"http://localhost:" + application.port() + "/api/cases/" + caseId + "/documents/" + documentId
							+ "/content"))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString("baohe.inspector:jointcase".getBytes(StandardCharsets.UTF_8)))
				.timeout(Duration.ofMinutes(3))
				.build(), HttpResponse.BodyHandlers.ofInputStream());
			assertThat(download.statusCode()).as(application.logTail()).isEqualTo(200);
			assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
			assertThat(download.headers().firstValue("Repr-Digest")).hasValue("sha-256=:" + sha256 + ":");
			MessageDigest read = MessageDigest.getInstance("SHA-256");
			long count = 0;
			try (InputStream body = new DigestInputStream(download.body(), read)) {
				byte[] buffer = new byte[64 * 1024];
				for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
					count += n;
				}
			}
			assertThat(count).isEqualTo(SIZE);
			assertThat(Base64.getEncoder().encodeToString(read.digest())).isEqualTo(sha256);
			assertThat(application.alive()).as(application.logTail()).isTrue();
		}
	}
}
