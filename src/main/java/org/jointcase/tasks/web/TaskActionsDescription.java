package org.jointcase.tasks.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;

import org.jointcase.tasks.ProcessSteps;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes the one handler of task actions ({@code POST /api/tasks/{id}/actions/{action}}) as one operation per
 * action, each with the schema of its body as the process modules declare it ({@link ProcessSteps#actions()}): an
 * action whose body differs between steps (an approval of a transfer and of a reply) takes one of those schemas, and
 * its description says which step takes which. A new process's actions are described by declaring them.
 */
@Component
class TaskActionsDescription implements GlobalOpenApiCustomizer {

	static final String ACTIONS_PATH = "/api/tasks/{id}/actions/{action}";

	private final List<ProcessSteps> processes;

	TaskActionsDescription(List<ProcessSteps> processes) {
		this.processes = processes;
	}

	@Override
	public void customise(OpenAPI openApi) {
		PathItem generic = openApi.getPaths() == null ? null : openApi.getPaths().get(ACTIONS_PATH);
		if (generic == null || generic.getPost() == null) {
			return;
		}
		Operation template = generic.getPost();
		openApi.getPaths().remove(ACTIONS_PATH);
		// The generic handler's untyped body is replaced by the actions' own schemas.
		openApi.getComponents().getSchemas().remove("JsonNode");
		actions().forEach((action, bodies) -> openApi.getPaths()
			.addPathItem(ACTIONS_PATH.replace("{action}", action), new PathItem().post(operation(openApi, template,
					action, bodies))));
	}

	/** Each action with the body type of each step that offers it, by name. */
	private Map<String, Map<Class<?>, List<String>>> actions() {
		Map<String, Map<Class<?>, List<String>>> actions = new TreeMap<>();
		for (ProcessSteps process : processes) {
			process.actions().forEach((step, ofStep) -> ofStep.forEach((action, type) -> actions
				.computeIfAbsent(action, a -> new LinkedHashMap<>())
				.computeIfAbsent(type, t -> new ArrayList<>())
				.add(process.processKey() + " " + step)));
		}
		actions.values().forEach(bodies -> bodies.values().forEach(steps -> steps.sort(null)));
		return actions;
	}

	private static Operation operation(OpenAPI openApi, Operation template, String action,
			Map<Class<?>, List<String>> bodies) {
		List<Schema> schemas = new ArrayList<>();
		StringBuilder description = new StringBuilder("Completes the task with the action ").append(action)
			.append(", at the steps (process and task) that offer it. ");
		for (Map.Entry<Class<?>, List<String>> body : bodies.entrySet()) {
			String name = schemaName(body.getKey());
			register(openApi, name, body.getKey());
			schemas.add(new Schema<>().$ref("#/components/schemas/" + name));
			description.append(name).append(" at ").append(String.join(", ", body.getValue())).append(". ");
		}
		Schema<?> schema = schemas.size() == 1 ? schemas.get(0) : new Schema<>().oneOf(schemas);
		Operation operation = new Operation().tags(template.getTags())
			.operationId("taskAct" + pascal(action))
			.summary("Take the action " + action + " on a task")
			.description(description.toString().trim())
			.parameters(template.getParameters().stream().filter(p -> !"action".equals(p.getName())).toList())
			.requestBody(new RequestBody().required(false)
				.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
						new MediaType().schema(schema))))
			.responses(template.getResponses());
		operation.setSecurity(template.getSecurity());
		return operation;
	}

	/** The body records are nested types named alike across modules ({@code Reason}): named with their owner here. */
	private static String schemaName(Class<?> type) {
		Class<?> owner = type.getEnclosingClass();
		return (owner == null ? "" : owner.getSimpleName()) + type.getSimpleName();
	}

	private static void register(OpenAPI openApi, String name, Class<?> type) {
		if (openApi.getComponents().getSchemas() != null && openApi.getComponents().getSchemas().containsKey(name)) {
			return;
		}
		ResolvedSchema resolved = ModelConverters.getInstance(true)
			.resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
		resolved.referencedSchemas.forEach((referenced, schema) -> {
			if (!referenced.equals(type.getSimpleName()) && (openApi.getComponents().getSchemas() == null
					|| !openApi.getComponents().getSchemas().containsKey(referenced))) {
				openApi.getComponents().addSchemas(referenced, schema);
			}
		});
		openApi.getComponents().addSchemas(name, resolved.schema);
	}

	/** {@code send-back} becomes {@code SendBack}. */
	private static String pascal(String kebab) {
		StringBuilder name = new StringBuilder();
		for (String part : kebab.split("-")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.toString();
	}
}
