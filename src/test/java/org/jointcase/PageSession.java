package org.jointcase;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session with the pages over real HTTP: signed in through the sign-in form with its CSRF token, keeping
 * its cookies, and not following redirects, so that a test sees where it is sent.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final int port;
	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	private PageSession(int port) {
		this.port = port;
	}

	/** A session signed in as {@code username}; fails unless the form accepts the password. */
	public static PageSession signIn(int port, String username, String password) {
		PageSession session = new PageSession(port);
		Matcher token = CSRF.matcher(session.get("/login").body());
		if (!token.find()) {
			throw new AssertionError("The sign-in page has no CSRF token");
		}
		HttpResponse<String> signedIn = session.send(session.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new AssertionError("Sign-in as " + username + " failed: " + signedIn.statusCode() + " " + location);
		}
		return session;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException failure) {
			throw new IllegalStateException(failure);
		}
	}
}
