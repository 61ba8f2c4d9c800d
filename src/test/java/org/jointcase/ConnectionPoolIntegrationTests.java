package org.jointcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * One connection per request: a burst of 200 simultaneous requests — who am I, case reads, case creations (an audited
 * change), the inbox — at a node whose pool has 10 connections. A request that held a connection while it asked the
 * pool for a second one would, in such a burst, leave every connection held by a request waiting for another, and the
 * node would freeze until the pool's timeout and answer 500. No request thread ever asks for a second connection
 * ({@link ConnectionWatch}), and every request answers 2xx.
 */
class ConnectionPoolIntegrationTests {

	private static final int REQUESTS = 200;

	@Test
	void twoHundredSimultaneousRequestsOnAPoolOfTenAllAnswer2xx() throws Exception {
		ClusterNode node = ClusterNode.second();
		ApiClient inspector = ApiClient.as(node.port(), "hefei.inspector");
		ApiClient.Response created = inspector.post("/api/cases", newCase("Burst read"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseId = created.json().path("id").asText();
		List<Supplier<ApiClient.Response>> kinds = List.of(() -> inspector.get("/api/me"),
				() -> inspector.get("/api/cases/" + caseId), () -> inspector.post("/api/cases", newCase("Burst")),
				() -> ApiClient.as(node.port(), "hefei.supervisor").get("/api/tasks"));
		kinds.forEach(Supplier::get);
		assertThat(ConnectionWatch.nested()).as("one request alone").isEmpty();

		ExecutorService clients = Executors.newFixedThreadPool(REQUESTS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<long[]>> answers = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			Supplier<ApiClient.Response> request = kinds.get(i % kinds.size());
			answers.add(clients.submit(() -> {
				start.await();
				long began = System.nanoTime();
				ApiClient.Response response = request.get();
				return new long[] { response.status(), Duration.ofNanos(System.nanoTime() - began).toMillis() };
			}));
		}
		long began = System.nanoTime();
		start.countDown();
		List<Long> statuses = new ArrayList<>();
		long slowest = 0;
		for (Future<long[]> answer : answers) {
			long[] outcome = answer.get();
			statuses.add(outcome[0]);
			slowest = Math.max(slowest, outcome[1]);
		}
		long total = Duration.ofNanos(System.nanoTime() - began).toMillis();
		clients.shutdown();
		System.out.printf("%d simultaneous requests on a pool of %d: slowest %d ms, all answered in %d ms%n", REQUESTS,
				ClusterNode.POOL_SIZE, slowest, total);

		assertThat(ConnectionWatch.nested()).isEmpty();
		assertThat(statuses).allSatisfy(status -> assertThat(status).isBetween(200L, 299L));
	}

	private static Map<String, Object> newCase(String title) {
		return Map.of("title", title, "summary", title + " under load", "category", "OTHER", "regionCode", "3401");
	}
}
