package org.jointcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed sign-ins are throttled per account and per client address with an exponential back-off (after 5 failures of
 * an account 1 s, then 2 s …; after 50 of an address), answered 429 with {@code Retry-After}; and an unknown, a
 * disabled and a wrong-password account get the same answer in about the same time. Each test signs in as officers it
 * creates, from client addresses of its own (documentation ranges, named by {@code X-Forwarded-For}, which the server
 * trusts from a proxy on this machine), so that the rest of the suite, signing in from 127.0.0.1, never meets it.
 */
@IntegrationTest
class SignInThrottleIntegrationTests {

	private static final String PASSWORD = "throttle-Pass-2026";

	@LocalServerPort
	int port;

	@Test
	void anAccountWithFiveFailuresWaitsASecondThenTwoAndASuccessForgetsItsFailures() throws InterruptedException {
		officer("throttle.api");
		String from = "203.0.113.11";
		ApiClient wrong = api("throttle.api", "wrong-password", from);
		for (int i = 0; i < 5; i++) {
			assertThat(wrong.get("/api/me").status()).isEqualTo(401);
		}

		ApiClient.Response held = api("throttle.api", PASSWORD, from).get("/api/me");
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.contentType()).startsWith("application/problem+json");
		assertThat(held.json().path("rule").asText()).isEqualTo("sign-in-throttled");
		assertThat(held.header("Retry-After")).isEqualTo("1");
		// The account is held whatever address it is tried from.
		assertThat(api("throttle.api", PASSWORD, "203.0.113.12").get("/api/me").status()).isEqualTo(429);

		Thread.sleep(1100);
		assertThat(wrong.get("/api/me").status()).isEqualTo(401);
		ApiClient.Response longer = wrong.get("/api/me");
		assertThat(longer.status()).isEqualTo(429);
		assertThat(longer.header("Retry-After")).isEqualTo("2");

		Thread.sleep(2100);
		assertThat(api("throttle.api", PASSWORD, from).get("/api/me").status()).isEqualTo(200);
		// Forgotten: the next wrong password is a first failure again.
		assertThat(wrong.get("/api/me").status()).isEqualTo(401);
		assertThat(api("throttle.api", PASSWORD, from).get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void theSignInFormAnswers429WithTheSignInPageSayingHowLongToWait() {
		officer("throttle.form");
		PageClient browser = PageClient.anonymousFrom(port, "203.0.113.21");
		for (int i = 0; i < 5; i++) {
			PageClient.Response failed = browser.post("/login", Map.of("username", "throttle.form", "password", "nope"));
			assertThat(failed.header("Location")).endsWith("/login?error");
		}

		PageClient.Response held = browser.post("/login", Map.of("username", "throttle.form", "password", PASSWORD));
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.header("Retry-After")).isEqualTo("1");
		assertThat(held.header("Content-Type")).startsWith("text/html");
		assertThat(held.text()).contains("data-test=\"throttled\"").contains("Try again in 1 seconds")
			.contains("name=\"username\"");
	}

	@Test
	void anAddressWithFiftyFailuresWaitsWhateverAccountItTries() {
		String from = "203.0.113.31";
		for (int i = 0; i < 50; i++) {
			assertThat(api("throttle.unknown." + i, "guess-" + i, from).get("/api/me").status()).isEqualTo(401);
		}
		officer("throttle.address");
		ApiClient.Response held = api("throttle.address", PASSWORD, from).get("/api/me");
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.header("Retry-After")).isEqualTo("1");
		// Another address is not held back.
		assertThat(api("throttle.address", PASSWORD, "203.0.113.32").get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void unknownDisabledAndWrongPasswordAccountsGetTheSameAnswerInAboutTheSameTime() {
		ApiClient admin = ApiClient.as(port, "admin");
		// Two attempts per account, so that no account reaches the throttle; one address of their own.
		List<String> disabled = new ArrayList<>();
		List<String> enabled = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			String name = "same.disabled." + i;
			officer(name);
			assertThat(admin.put("/api/directory/officers/" + name + "/enabled", Map.of("enabled", false)).status())
				.isEqualTo(200);
			disabled.add(name);
			officer("same.wrong." + i);
			enabled.add("same.wrong." + i);
		}
		String from = "198.51.100.41";
		ApiClient.Response unknown = api("same.nobody." + UUID.randomUUID(), PASSWORD, from).get("/api/me");
		ApiClient.Response disabledRight = api(disabled.get(0), PASSWORD, from).get("/api/me");
		ApiClient.Response disabledWrong = api(disabled.get(0), "wrong-password", from).get("/api/me");
		ApiClient.Response wrong = api(enabled.get(0), "wrong-password", from).get("/api/me");
		for (ApiClient.Response answer : List.of(unknown, disabledRight, disabledWrong, wrong)) {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.header("WWW-Authenticate")).isEqualTo(unknown.header("WWW-Authenticate"));
			// The same body but for the request id, which names each answer.
			assertThat((Object) ((ObjectNode) answer.json()).without("requestId"))
				.isEqualTo(((ObjectNode) unknown.json()).without("requestId"));
		}
		PageClient browser = PageClient.anonymousFrom(port, "198.51.100.42");
		for (String name : List.of("same.nobody.form", disabled.get(1), enabled.get(1))) {
			PageClient.Response failed = browser.post("/login", Map.of("username", name, "password", PASSWORD + "x"));
			assertThat(failed.status()).isEqualTo(302);
			assertThat(failed.header("Location")).endsWith("/login?error");
		}
		assertThat(browser.post("/login", Map.of("username", disabled.get(1), "password", PASSWORD))
			.header("Location")).endsWith("/login?error");

		// Loosely timed: the medians of ten attempts each within a factor of two of each other (every one of them a
		// BCrypt comparison); a disabled account answering without one would be some ten times faster.
		int[] next = new int[3];
		Supplier<ApiClient.Response> unknownAttempt = () -> api("same.nobody." + UUID.randomUUID(), PASSWORD, from)
			.get("/api/me");
		Supplier<ApiClient.Response> disabledAttempt = () -> api(disabled.get(2 + next[1]++ % 5),
				next[1] % 2 == 0 ? PASSWORD : "wrong-password", from).get("/api/me");
		Supplier<ApiClient.Response> wrongAttempt = () -> api(enabled.get(2 + next[2]++ % 5), "wrong-password", from)
			.get("/api/me");
		median(unknownAttempt, 2);
		long unknownMedian = median(unknownAttempt, 10);
		long disabledMedian = median(disabledAttempt, 10);
		long wrongMedian = median(wrongAttempt, 10);
		System.out.printf("Sign-in refusal medians: unknown %d µs, disabled %d µs, wrong password %d µs%n",
				unknownMedian, disabledMedian, wrongMedian);
		long fastest = Math.min(unknownMedian, Math.min(disabledMedian, wrongMedian));
		long slowest = Math.max(unknownMedian, Math.max(disabledMedian, wrongMedian));
		assertThat(slowest).as("medians in µs: unknown %d, disabled %d, wrong password %d", unknownMedian,
				disabledMedian, wrongMedian).isLessThan(2 * fastest);
	}

	private static long median(Supplier<ApiClient.Response> attempt, int times) {
		long[] micros = new long[times];
		for (int i = 0; i < times; i++) {
			long start = System.nanoTime();
			assertThat(attempt.get().status()).isEqualTo(401);
			micros[i] = (System.nanoTime() - start) / 1000;
		}
		Arrays.sort(micros);
		return micros[times / 2];
	}

	private ApiClient api(String username, String password, String from) {
		return ApiClient.as(port, username, password).header("X-Forwarded-For", from);
	}

	private void officer(String username) {
		ApiClient.Response created = ApiClient.as(port, "admin").post("/api/directory/officers", Map.of("username",
				username, "displayName", username, "agencyCode", "3401-MR", "password", PASSWORD, "roles",
				List.of("INSPECTOR")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}
}
