package org.jointcase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Calls the running application over real HTTP as an officer or anonymously, the way a client of the API would: with a
 * bearer token of the test identity provider ({@link TestIdentityProvider}), or with HTTP Basic where a test names the
 * password. Tokens are the default because the API checks a Basic password with BCrypt on every call, by design: the
 * access matrix alone took 462 s instead of 66 s with Basic on every call.
 */
public final class ApiClient {

	public static final String DEMO_PASSWORD = "jointcase";

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
	private static final HttpClient HTTP = HttpClient.newHttpClient();
	/** One token per officer for the run: each is valid for longer than the run takes. */
	private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

	private final String baseUrl;
	private final String authorization;
	private final Map<String, String> headers;

	private ApiClient(String baseUrl, String authorization, Map<String, String> headers) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
		this.headers = headers;
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient("http://localhost:" + port, null, Map.of());
	}

	/** As {@code username}, with a bearer token of the test identity provider (the shared context trusts it). */
	public static ApiClient as(int port, String username) {
		return bearer(port, username);
	}

	/** As any officer of the directory, demo or created by the test, with a bearer token. */
	public static ApiClient bearer(int port, String username) {
		String token = TOKENS.computeIfAbsent(username, TestIdentityProvider::token);
		return new ApiClient("http://localhost:" + port, "Bearer " + token, Map.of());
	}

	/** With HTTP Basic: the password is checked with BCrypt on every call. */

	public static ApiClient as(int port, String username, String password) {
		String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new ApiClient("http://localhost:" + port, "Basic " + token, Map.of());
	}

	/** The same client with one more request header. */
	public ApiClient header(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return new ApiClient(baseUrl, authorization, more);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").POST(json(body)));
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
	}

	public Response patch(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").method("PATCH", json(body)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** Sends a request built by the caller (multipart uploads, raw bodies) with this client's credentials. */
	public Response send(HttpRequest.Builder builder) {
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		headers.forEach(builder::header);
		try {
			HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response, response.body());
		}
		catch (IOException | InterruptedException failure) {
			throw new IllegalStateException(failure);
		}
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path));
	}

	private static HttpRequest.BodyPublisher json(Object body) {
		try {
			return HttpRequest.BodyPublishers.ofByteArray(body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
					: JSON.writeValueAsBytes(body));
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
	}

	public record Response(int status, HttpResponse<byte[]> raw, byte[] bytes) {

		public JsonNode json() {
			try {
				return bytes.length == 0 ? MissingNode.getInstance() : JSON.readTree(bytes);
			}
			catch (IOException failure) {
				throw new IllegalStateException("Not JSON: " + new String(bytes, StandardCharsets.UTF_8), failure);
			}
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		@Override
		public String toString() {
			return status + " " + new String(bytes, StandardCharsets.UTF_8);
		}
	}
}
