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
 * A browser session of the pages over plain HTTP: the sign-in form with its CSRF token, the session cookie, and
 * forms posted with the session's token, redirects not followed, so that a test sees each answer as the server gave
 * it. For what a real browser does (scripts, layout) the Selenium tests drive Chromium.
 */
public final class PageClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private final String baseUrl;
	private final HttpClient http;
	private final String clientAddress;
	private String csrf;

	private PageClient(String baseUrl, String clientAddress) {
		this.baseUrl = baseUrl;
		this.clientAddress = clientAddress;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** A session nobody signed in to: it still carries the sign-in page's CSRF token. */
	public static PageClient anonymous(int port) {
		return anonymousFrom(port, null);
	}

	/**
	 * A session nobody signed in to, of a browser at {@code clientAddress} as a trusted proxy in front of the server
	 * names it ({@code X-Forwarded-For}); {@code null} for this machine's own address.
	 */
	public static PageClient anonymousFrom(int port, String clientAddress) {
		PageClient client = new PageClient("http://localhost:" + port, clientAddress);
		client.csrf = token(client.get("/login").text());
		return client;
	}

	/** Signs in through the sign-in form as a demo officer (password {@code jointcase}). */
	public static PageClient signIn(int port, String username) {
		return signIn(port, username, ApiClient.DEMO_PASSWORD);
	}

	public static PageClient signIn(int port, String username, String password) {
		return signInFrom(port, username, password, null);
	}

	/** Signs in through the sign-in form from {@code clientAddress} (see {@link #anonymousFrom}). */
	public static PageClient signInFrom(int port, String username, String password, String clientAddress) {
		PageClient client = anonymousFrom(port, clientAddress);
		Response signedIn = client.post("/login", Map.of("username", username, "password", password));
		String location = signedIn.header("Location");
		if (signedIn.status() != 302 || location == null || location.contains("error")) {
			throw new AssertionError("Sign-in of " + username + " failed: " + signedIn.status() + " " + location);
		}
		// Spring Security issues a new CSRF token with the new session.
		client.csrf = token(client.get("/cases/new").text());
		return client;
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
	}

	/** Posts a form with the session's CSRF token. */
	public Response post(String path, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&", "_csrf=" + encode(csrf) + (form.isEmpty() ? "" : "&"), ""));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts one file as a multipart form, with the session's CSRF token. */
	public Response postFile(String path, String field, String fileName) {
		String boundary = "page-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/plain\r\n\r\nevidence\r\n--" + boundary + "--\r\n";
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Response send(HttpRequest.Builder request) {
		if (clientAddress != null) {
			request.header("X-Forwarded-For", clientAddress);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response);
		}
		catch (IOException | InterruptedException failure) {
			throw new IllegalStateException(failure);
		}
	}

	private static String token(String page) {
		Matcher found = CSRF.matcher(page);
		if (!found.find()) {
			throw new AssertionError("No CSRF token in the page");
		}
		return found.group(1) != null ? found.group(1) : found.group(2);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public record Response(int status, HttpResponse<String> raw) {

		public String text() {
			return raw.body();
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		/** Whether the answer sends the browser to the sign-in page. */
		public boolean toSignIn() {
			String location = header("Location");
			return status == 302 && location != null && location.contains("/login");
		}
	}
}
