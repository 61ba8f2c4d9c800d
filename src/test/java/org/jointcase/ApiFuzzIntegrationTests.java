package org.jointcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input for every operation of the served OpenAPI description, so that endpoints added later are covered without
 * a line here: for each body field {@code null}, a wrong type, the NUL character, one character over its
 * {@code maxLength}, exactly its {@code maxLength} (also in three-byte characters), {@code null} inside its array and one item over its
 * {@code maxItems}; for each parameter the NUL character, a wrong type and one character over its limit; and
 * multipart uploads without a boundary or with an overlong part type. No answer is a 5xx, every refusal is a problem
 * body without a Java type's name, and a 400 names the field that was spoiled.
 */
@IntegrationTest
class ApiFuzzIntegrationTests {

	/** Keeps the run to a few minutes however many fields an operation has. */
	private static final int CASES_PER_OPERATION = 80;
	private static final Pattern JAVA_NAME = Pattern
		.compile("java\\.|javax\\.|jakarta\\.|org\\.jointcase|org\\.springframework|com\\.fasterxml|Exception\\b");
	private static final String NUL_IN_ADDRESS = " NUL in the address";
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@LocalServerPort
	int port;

	private JsonNode api;
	private String caseId;
	private final List<String> failures = new ArrayList<>();
	private int requests;

	@Test
	void noInputReachesAServerError() {
		api = ApiClient.as(port, "admin").get("/v3/api-docs").json();
		caseId = ApiClient.as(port, "hefei.inspector").post("/api/cases", Map.of("title", "Fuzzed", "summary",
				"A case the fuzz test writes to", "category", "PREPAID_CARD", "regionCode", "340104")).json()
			.path("id")
			.asText();
		api.path("paths").fields().forEachRemaining(path -> path.getValue().fields()
			.forEachRemaining(operation -> fuzz(operation.getKey().toUpperCase(), path.getKey(), operation.getValue())));
		for (String odd : List.of("//engine-rest/process-definition", "/api//cases", "/api/cases/%2e%2e/tasks",
				"/api/cases/%00")) {
			ApiClient.Response response = ApiClient.as(port, "hefei.supervisor").get(odd);
			requests++;
			check("GET " + odd + (odd.contains("%00") ? NUL_IN_ADDRESS : ""), null, response);
		}
		System.out.println("API fuzz: " + requests + " requests, " + failures.size() + " failures");
		assertThat(failures).as(requests + " requests").isEmpty();
	}

	private void fuzz(String method, String path, JsonNode operation) {
		List<Case> cases = new ArrayList<>();
		List<JsonNode> parameters = new ArrayList<>();
		operation.path("parameters").forEach(parameters::add);
		JsonNode body = operation.path("requestBody").path("content");
		if (body.has("multipart/form-data")) {
			cases.addAll(multipartCases());
		}
		JsonNode bodySchema = body.path("application/json").path("schema");
		ObjectNode valid = bodySchema.isMissingNode() ? null : (ObjectNode) sample(bodySchema, 0, null);
		for (JsonNode parameter : parameters) {
			cases.addAll(parameterCases(parameter));
		}
		if (valid != null) {
			cases.add(new Case("whole body null", null, b -> { }, "null"));
			cases.add(new Case("whole body wrong type", null, b -> { }, "[\"x\"]"));
			fieldCases(resolve(bodySchema), "", valid, valid, cases, 0);
		}
		for (Case c : cases.subList(0, Math.min(cases.size(), CASES_PER_OPERATION))) {
			send(method, path, parameters, valid, c);
		}
	}

	/** A case: what it spoils, the field a 400 must name ({@code null}: none), and how. */
	private record Case(String what, String field, Consumer<ObjectNode> spoil, String rawBody,
			Map<String, String> parameterValues, Map<String, String> headers) {

		Case(String what, String field, Consumer<ObjectNode> spoil, String rawBody) {
			this(what, field, spoil, rawBody, Map.of(), Map.of());
		}
	}

	private void fieldCases(JsonNode schema, String prefix, ObjectNode root, ObjectNode object, List<Case> cases,
			int depth) {
		if (depth > 2) {
			return;
		}
		schema.path("properties").fields().forEachRemaining(property -> {
			String name = property.getKey();
			String field = prefix + name;
			JsonNode fieldSchema = resolve(property.getValue());
			String type = type(fieldSchema);
			List<String> at = pathOf(prefix, name);
			boolean required = schema.path("required").toString().contains("\"" + name + "\"");
			cases.add(new Case(field + " null", required ? field : null, b -> set(b, at, NODES.nullNode()), null));
			cases.add(new Case(field + " wrong type", field,
					b -> set(b, at, "string".equals(type) ? NODES.objectNode() : NODES.textNode("x")), null));
			if ("string".equals(type) && !fieldSchema.has("format") && !fieldSchema.has("enum")) {
				cases.add(new Case(field + " NUL", field, b -> set(b, at, NODES.textNode("a\u0000b")), null));
				if (fieldSchema.has("maxLength")) {
					int max = fieldSchema.path("maxLength").asInt();
					cases.add(new Case(field + " at maxLength", null, b -> set(b, at, NODES.textNode("a".repeat(max))),
							null));
					cases.add(new Case(field + " multibyte at maxLength", null,
							b -> set(b, at, NODES.textNode("中".repeat(max))), null));
					cases.add(new Case(field + " over maxLength", field,
							b -> set(b, at, NODES.textNode("a".repeat(max + 1))), null));
				}
			}
			if ("array".equals(type)) {
				cases.add(new Case(field + " null item", field + "[0]", b -> {
					ArrayNode array = NODES.arrayNode();
					array.addNull();
					set(b, at, array);
				}, null));
				if (fieldSchema.has("maxItems") && !resolve(fieldSchema.path("items")).has("enum")) {
					int max = fieldSchema.path("maxItems").asInt();
					JsonNode item = sample(fieldSchema.path("items"), depth + 1, null);
					cases.add(new Case(field + " over maxItems", field, b -> {
						ArrayNode array = NODES.arrayNode();
						for (int i = 0; i <= max; i++) {
							array.add(item == null ? NODES.textNode("x" + i) : item.deepCopy());
						}
						set(b, at, array);
					}, null));
				}
				JsonNode items = resolve(fieldSchema.path("items"));
				JsonNode first = get(root, at);
				if ("object".equals(type(items)) && first != null && first.isArray() && first.size() > 0) {
					fieldCases(items, field + "[0].", root, (ObjectNode) first.get(0), cases, depth + 1);
				}
			}
			if ("object".equals(type) && object.get(name) instanceof ObjectNode nested) {
				fieldCases(fieldSchema, field + ".", root, nested, cases, depth + 1);
			}
		});
	}

	private List<Case> parameterCases(JsonNode parameter) {
		String name = parameter.path("name").asText();
		String in = parameter.path("in").asText();
		JsonNode schema = resolve(parameter.path("schema"));
		List<Case> cases = new ArrayList<>();
		Consumer<ObjectNode> none = b -> { };
		if ("header".equals(in)) {
			if (schema.has("maxLength")) {
				cases.add(new Case(name + " over maxLength", name, none, null, Map.of(),
						Map.of(name, "a".repeat(schema.path("maxLength").asInt() + 1))));
			}
			return cases;
		}
		cases.add(new Case(name + ("query".equals(in) ? " NUL" : NUL_IN_ADDRESS), "query".equals(in) ? name : null,
				none, null, Map.of(name, "a\u0000b"), Map.of()));
		if (!"string".equals(type(schema)) || schema.has("format")) {
			cases.add(new Case(name + " wrong type", name, none, null, Map.of(name, "not-a-" + type(schema)), Map.of()));
		}
		int max = schema.has("maxLength") ? schema.path("maxLength").asInt() : 200;
		cases.add(new Case(name + " over maxLength", "query".equals(in) ? name : null, none, null,
				Map.of(name, "a".repeat(max + 1)), Map.of()));
		return cases;
	}

	private List<Case> multipartCases() {
		Consumer<ObjectNode> none = b -> { };
		return List.of(new Case("multipart without boundary", null, none, "", Map.of(),
				Map.of("Content-Type", "multipart/form-data")),
				new Case("multipart with an overlong part type", null, none, multipart("a/" + "b".repeat(118)),
						Map.of(), Map.of("Content-Type", "multipart/form-data; boundary=fuzz")),
				new Case("multipart with a NUL in the file name", null, none, multipart("text/plain")
					.replace("fuzz.txt", "fu\u0000zz.txt"), Map.of(), Map.of("Content-Type",
							"multipart/form-data; boundary=fuzz")));
	}

	private static String multipart(String partType) {
		return "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fuzz.txt\"\r\nContent-Type: "
				+ partType + "\r\n\r\nfuzz\r\n--fuzz--\r\n";
	}

	private void send(String method, String template, List<JsonNode> parameters, ObjectNode valid, Case c) {
		StringBuilder query = new StringBuilder();
		String path = template;
		for (JsonNode parameter : parameters) {
			String name = parameter.path("name").asText();
			String in = parameter.path("in").asText();
			String value = c.parameterValues().containsKey(name) ? c.parameterValues().get(name)
					: sampleParameter(name, resolve(parameter.path("schema")), template);
			if ("path".equals(in)) {
				path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
			else if ("query".equals(in) && (c.parameterValues().containsKey(name) || parameter.path("required")
				.asBoolean())) {
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		String body = c.rawBody();
		if (body == null && valid != null) {
			ObjectNode spoilt = valid.deepCopy();
			c.spoil().accept(spoilt);
			body = spoilt.toString();
		}
		HttpRequest.Builder request = ApiClient.as(port, "hefei.supervisor").request(path + query);
		boolean hasBody = body != null;
		if (hasBody && !c.headers().containsKey("Content-Type")) {
			request.header("Content-Type", "application/json");
		}
		c.headers().forEach(request::header);
		if ("PUT".equals(method) && parameters.stream().anyMatch(p -> "If-Match".equals(p.path("name").asText()))
				&& !c.headers().containsKey("If-Match")) {
			request.header("If-Match", "\"1\"");
		}
		request.method(method, hasBody ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
				: HttpRequest.BodyPublishers.noBody());
		ApiClient.Response response = ApiClient.as(port, "hefei.supervisor").send(request);
		requests++;
		check(method + " " + template + " " + c.what(), c.field(), response);
	}

	private void check(String what, String field, ApiClient.Response response) {
		String text = response.toString();
		if (response.status() >= 500) {
			failures.add(what + " -> " + text);
			return;
		}
		if (response.status() >= 400) {
			if (JAVA_NAME.matcher(text).find()) {
				failures.add(what + " names a Java type -> " + text);
			}
			// Tomcat itself refuses a NUL in the address (400) before the application can answer it.
			boolean addressRefusedByTomcat = what.endsWith(NUL_IN_ADDRESS) && response.status() == 400;
			if (!addressRefusedByTomcat && (response.contentType() == null
					|| !response.contentType().startsWith("application/problem+json"))) {
				failures.add(what + " is not a problem -> " + response.contentType() + " " + text);
			}
		}
		if (response.status() == 400 && field != null && !namesField(response.json(), field)) {
			failures.add(what + " does not name " + field + " -> " + text);
		}
	}

	private static boolean namesField(JsonNode problem, String field) {
		if (field.equals(problem.path("field").asText())) {
			return true;
		}
		for (JsonNode error : problem.path("errors")) {
			String named = error.path("field").asText();
			if (named.equals(field) || named.startsWith(field + "[") || named.startsWith(field + ".")) {
				return true;
			}
		}
		return false;
	}

	/** A value of the schema that its own rules accept (the record's business rules may still refuse it). */
	private JsonNode sample(JsonNode schemaOrRef, int depth, String name) {
		JsonNode schema = resolve(schemaOrRef);
		if (schema.has("examples") && schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
			return schema.path("examples").get(0).deepCopy();
		}
		if (schema.has("example")) {
			return schema.path("example").deepCopy();
		}
		if (schema.has("enum")) {
			return schema.path("enum").get(0).deepCopy();
		}
		if (schema.has("oneOf")) {
			return sample(schema.path("oneOf").get(0), depth, name);
		}
		switch (type(schema)) {
			case "object": {
				ObjectNode object = NODES.objectNode();
				if (depth < 4) {
					schema.path("properties").fields().forEachRemaining(property -> {
						JsonNode value = sample(property.getValue(), depth + 1, property.getKey());
						if (value != null) {
							object.set(property.getKey(), value);
						}
					});
				}
				return object;
			}
			case "array": {
				ArrayNode array = NODES.arrayNode();
				JsonNode item = sample(schema.path("items"), depth + 1, name);
				if (item != null) {
					array.add(item);
				}
				return array;
			}
			case "integer":
			case "number":
				return NODES.numberNode(schema.has("minimum") ? schema.path("minimum").asLong() : 1);
			case "boolean":
				return NODES.booleanNode(false);
			case "string":
				return NODES.textNode(sampleString(schema, name));
			default:
				return null;
		}
	}

	private String sampleString(JsonNode schema, String name) {
		return switch (schema.path("format").asText()) {
			case "uuid" -> "caseId".equals(name) ? caseId : UUID.randomUUID().toString();
			case "date" -> "2026-12-10";
			case "date-time" -> "2026-12-10T09:00:00+08:00";
			default -> "x".repeat(Math.max(1, schema.path("minLength").asInt(1)));
		};
	}

	private String sampleParameter(String name, JsonNode schema, String template) {
		if (("id".equals(name) && template.startsWith("/api/cases/{id}")) || "caseId".equals(name)) {
			return caseId;
		}
		JsonNode value = sample(schema, 0, name);
		return value == null ? "x" : value.asText();
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		while (resolved.has("$ref")) {
			String ref = resolved.path("$ref").asText();
			resolved = api.at(ref.substring(1));
		}
		return resolved;
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode t : type) {
				if (!"null".equals(t.asText())) {
					return t.asText();
				}
			}
		}
		if (type.isTextual()) {
			return type.asText();
		}
		return schema.has("properties") ? "object" : "";
	}

	private static List<String> pathOf(String prefix, String name) {
		List<String> path = new ArrayList<>();
		for (String part : (prefix + name).split("\\.")) {
			if (part.endsWith("[0]")) {
				path.add(part.substring(0, part.length() - 3));
				path.add("0");
			}
			else {
				path.add(part);
			}
		}
		return path;
	}

	private static JsonNode get(JsonNode root, List<String> path) {
		JsonNode node = root;
		for (String part : path) {
			node = node.isArray() ? node.path(Integer.parseInt(part)) : node.path(part);
		}
		return node.isMissingNode() ? null : node;
	}

	private static void set(ObjectNode root, List<String> path, JsonNode value) {
		JsonNode node = root;
		Iterator<String> parts = path.iterator();
		while (parts.hasNext()) {
			String part = parts.next();
			boolean last = !parts.hasNext();
			if (node instanceof ArrayNode array) {
				int index = Integer.parseInt(part);
				if (array.size() <= index) {
					return;
				}
				if (last) {
					array.set(index, value);
					return;
				}
				node = array.get(index);
			}
			else if (node instanceof ObjectNode object) {
				if (last) {
					object.set(part, value);
					return;
				}
				if (!object.has(part)) {
					return;
				}
				node = object.get(part);
			}
			else {
				return;
			}
		}
	}

}
