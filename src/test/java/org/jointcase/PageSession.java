package org.jointcase;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: signs a demo officer in through the sign-in form (with its CSRF token) and keeps the
 * session cookie, then reads pages and posts their forms over real HTTP. Redirects are not followed, so that a test
 * sees them.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String baseUrl;
	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private PageSession(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/** Signs {@code username} in with the demo password; fails when the form does not accept it. */
	public static PageSession signIn(int port, String username) {
		PageSession session = new PageSession(port);
		Page signedIn = session.post("/login", Map.of("username", username, "password", ApiClient.DEMO_PASSWORD),
				session.get("/login"));
		if (signedIn.status() != 302 || signedIn.location().contains("error")) {
			throw new IllegalStateException(username + " could not sign in: " + signedIn.status());
		}
		return session;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
	}

	/** Posts {@code fields} as a form, with the CSRF token of {@code formPage}. */
	public Page post(String path, Map<String, String> fields, Page formPage) {
		Matcher token = CSRF.matcher(formPage.body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on the page: " + formPage.status());
		}
		String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&", "", "&_csrf=" + encode(token.group(1))));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""));
		}
		catch (IOException | InterruptedException failure) {
			throw new IllegalStateException(failure);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public record Page(int status, String body, String location) {
	}
}
