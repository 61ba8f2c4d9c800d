package org.jointcase.web;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The conventions of the API written into its OpenAPI description, derived from each handler method so that a new
 * endpoint is described like the others without annotations of its own: the feature tag (the module), a stable
 * operation id, a summary from the method's Javadoc (or its name), the error answers its inputs and method can lead
 * to, all as {@code application/problem+json} with the one {@value #PROBLEM} schema, {@code Location} on a 201 that
 * answers {@code ResponseEntity.created},
 * {@code If-Match} required where a missing one answers 428, and the length limit of {@link ParameterLimits} on
 * string parameters that declare none.
 */
@Component
class ApiContract implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

	static final String PROBLEM = "Problem";
	static final String FIELD_ERROR = "FieldError";
	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
	static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
	private static final String ROOT_PACKAGE = "org.jointcase.";
	private static final Set<RequestMethod> CHANGES = Set.of(RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE);

	/** What each error status means in this API, the same words on every operation. */
	private static final Map<String, String> ERRORS = new LinkedHashMap<>();

	static {
		ERRORS.put("400", "Bad input (a body field, a parameter, a query parameter of any call): the problem names "
				+ "the field and the rule it broke");
		ERRORS.put("401", "No valid credentials: sign in (bearer token, or Basic where the installation allows it)");
		ERRORS.put("403", "The officer's roles or the record's policy do not allow this; the problem names the rule");
		ERRORS.put("404", "No such record, or one the officer may not see: the two are not told apart");
		ERRORS.put("409", "The record's state does not allow this now; the problem names the rule");
		ERRORS.put("412", "If-Match does not carry the current ETag: someone changed the record since it was read");
		ERRORS.put("413", "The upload is larger than the installation allows");
		ERRORS.put("415", "The request body has a media type this operation does not take");
		ERRORS.put("422", "The Idempotency-Key was used before with another body");
		ERRORS.put("428", "If-Match is missing: send the ETag of the version that was read");
		ERRORS.put("429", "Too many failed sign-ins for this officer; Retry-After says when to try again");
		ERRORS.put("500", "An unexpected failure; nothing was changed");
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		Method method = handler.getMethod();
		operation.setTags(List.of(module(handler.getBeanType())));
		operation.setOperationId(operationId(handler));
		if (operation.getSummary() == null || operation.getSummary().isBlank()) {
			operation.setSummary(words(method.getName()));
		}
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
		boolean change = mapping != null && Arrays.stream(mapping.method()).anyMatch(CHANGES::contains);
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		Set<String> errors = new TreeSet<>(List.of("400", "401", "403", "429", "500"));
		if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
			errors.add("404");
		}
		if (change) {
			errors.add("409");
		}
		if (operation.getRequestBody() != null) {
			errors.add("415");
			if (operation.getRequestBody().getContent() != null && operation.getRequestBody()
				.getContent()
				.containsKey(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)) {
				errors.add("413");
			}
		}
		for (Parameter parameter : parameters) {
			if ("header".equals(parameter.getIn()) && "If-Match".equalsIgnoreCase(parameter.getName())) {
				parameter.setRequired(true);
				parameter.setDescription("The ETag of the version that was read");
				errors.add("412");
				errors.add("428");
			}
			if ("header".equals(parameter.getIn()) && "Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
				parameter.setDescription("Repeat the call with the same key and body to get the same answer back");
				errors.add("422");
			}
			limit(parameter);
		}
		ApiResponses responses = operation.getResponses();
		for (String status : errors) {
			responses.addApiResponse(status, new ApiResponse().description(ERRORS.get(status))
				.content(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
		responses.get("429").addHeaderObject("Retry-After", new Header().description("Seconds to wait")
			.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(86400))));
		ApiResponse created = responses.get(String.valueOf(HttpStatus.CREATED.value()));
		// A create answers ResponseEntity.created(location); one that returns its body alone sends no Location.
		if (created != null && ResponseEntity.class.isAssignableFrom(method.getReturnType())) {
			created.addHeaderObject("Location", new Header().description("The address of the created record")
				.schema(new StringSchema().format("uri-reference").maxLength(2000)));
		}
		return operation;
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(FIELD_ERROR, fieldError()).addSchemas(PROBLEM, problem());
		Set<String> tags = new TreeSet<>();
		openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			tags.addAll(operation.getTags() == null ? List.of() : operation.getTags());
			operation.getResponses().values().forEach(ApiContract::concreteMediaTypes);
		}));
		openApi.setTags(tags.stream().map(name -> new Tag().name(name)).toList());
	}

	/** Springdoc writes {@code *}/{@code *} where a handler does not say what it answers: JSON, or bytes for files. */
	private static void concreteMediaTypes(ApiResponse response) {
		Content content = response.getContent();
		if (content == null || !content.containsKey("*/*")) {
			return;
		}
		MediaType any = content.remove("*/*");
		Schema<?> schema = any.getSchema();
		boolean binary = schema != null && "binary".equals(schema.getFormat());
		content.addMediaType(binary ? org.springframework.http.MediaType.APPLICATION_OCTET_STREAM_VALUE : JSON, any);
	}

	/** String parameters answer 400 beyond {@link ParameterLimits#MAX_LENGTH} unless they declare a limit. */
	private static void limit(Parameter parameter) {
		Schema<?> schema = parameter.getSchema();
		if (schema != null && isString(schema) && schema.getMaxLength() == null && schema.getEnum() == null
				&& schema.getFormat() == null) {
			schema.setMaxLength(ParameterLimits.MAX_LENGTH);
		}
	}

	private static boolean isString(Schema<?> schema) {
		return "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"));
	}

	private static Schema<?> fieldError() {
		return new ObjectSchema().description("One rejected input field")
			.addProperty("field", new StringSchema().maxLength(200).description("The field, as parties[0].name"))
			.addProperty("rule", new StringSchema().maxLength(100).description("The rule it broke, as max-length"))
			.addProperty("message", new StringSchema().maxLength(2000).description("The rule in words"))
			.required(List.of("field", "rule"));
	}

	/** RFC 9457 problem details with this API's members: the broken rule and, for bad input, the field(s). */
	private static Schema<?> problem() {
		return new ObjectSchema().description("An RFC 9457 problem: every refusal of the API has this shape")
			.addProperty("type", new StringSchema().format("uri").maxLength(200)
				.description("One address per rule: https://jointcase.org/problems/{rule}"))
			.addProperty("title", new StringSchema().maxLength(200).description("The HTTP status in words"))
			.addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
				.maximum(java.math.BigDecimal.valueOf(599)))
			.addProperty("detail", new StringSchema().maxLength(4000).description("What went wrong, for a person"))
			.addProperty("instance", new StringSchema().format("uri-reference").maxLength(2000)
				.description("The path that was called"))
			.addProperty("field", new StringSchema().maxLength(200)
				.description("The rejected field, when the problem is about one (its first, when several)"))
			.addProperty("rule", new StringSchema().maxLength(100).description("The rule that refused the request"))
			.addProperty("errors", new ArraySchema().maxItems(100).items(new Schema<>().$ref(
					"#/components/schemas/" + FIELD_ERROR)).description("Each rejected field, when there are any"))
			.required(List.of("type", "title", "status"))
			.examples(List.of(Map.of("type", "https://jointcase.org/problems/not-blank", "title", "Bad Request", "status", 400,
					"detail", "The request has invalid fields", "instance", "/api/cases", "field", "title", "rule",
					"not-blank", "errors", List.of(Map.of("field", "title", "rule", "not-blank", "message",
							"must not be blank")))));
	}

	/** The module of a handler: the package right under {@code org.jointcase} ({@code cases}, {@code leads} …). */
	static String module(Class<?> type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT_PACKAGE)) {
			return name;
		}
		String rest = name.substring(ROOT_PACKAGE.length());
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

	/** {@code CaseController.addNote} becomes {@code caseAddNote}: stable while the Java names are. */
	static String operationId(HandlerMethod handler) {
		String type = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
		String name = handler.getMethod().getName();
		return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(name.charAt(0))
				+ name.substring(1);
	}

	/** {@code askExtension} becomes "Ask extension". */
	private static String words(String camel) {
		String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}
