package org.jointcase.pages;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.tasks.OpenTask;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Forms for the actions at a task, made from the record types the process's steps declare, so that a process gets
 * its forms without page code of its own. Each record component becomes a field by its type; what officers type is
 * turned back into the JSON body the inbox validates, exactly as the API receives it.
 */
@Component
class ActionForms {

	/** Longer strings than this get a text area. */
	private static final int SHORT_TEXT = 200;

	private final ObjectMapper json;

	ActionForms(ObjectMapper json) {
		this.json = json;
	}

	enum Kind {
		TEXT, TEXTAREA, SELECT, CHECKBOX, DATE, DATETIME, NUMBER, DOCUMENTS, LINES, JSON
	}

	/**
	 * Actions that undo, refuse or send work back: drawn after the step's primary action and styled apart, each asking
	 * for its reason. Names in kebab case, as the API spells actions.
	 */
	static final Set<String> SECONDARY = Set.of("send-back", "dispute", "refuse", "decline", "withdraw",
			"ask-supplement", "let-decline-stand");

	record Option(String value, MessageSourceResolvable label) {
	}

	/**
	 * One input. Its label is the message {@code action.<process>.<step>.<action>.<field>} where one step words it
	 * apart, else {@code field.<field>} shared by every step, else the field's name as words.
	 */
	record FormField(String name, Kind kind, MessageSourceResolvable label, boolean required, Integer maxLength,
			List<Option> options) {
	}

	/** An action's form; labelled {@code action.<process>.<step>.<action>}, else {@code action.<action>}. */
	record ActionForm(String action, MessageSourceResolvable label, boolean primary, List<FormField> fields) {
	}

	/** The forms of a step's actions, the primary ones first. */
	List<ActionForm> forms(OpenTask task, Map<String, Class<?>> actions) {
		return actions.entrySet().stream().map(entry -> form(task, entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing((ActionForm form) -> !form.primary()).thenComparing(ActionForm::action))
			.toList();
	}

	private ActionForm form(OpenTask task, String action, Class<?> type) {
		String prefix = "action." + task.process() + "." + task.step() + "." + action;
		String kebab = kebab(action);
		List<FormField> fields = type.isRecord() ? Arrays.stream(type.getRecordComponents())
			.map(component -> field(prefix, type, component))
			.toList() : List.of();
		return new ActionForm(action, label(PageFormat.words(action), prefix, "action." + kebab),
				!SECONDARY.contains(kebab), fields);
	}

	/** {@code sendBack} and {@code send-back} alike as {@code send-back}. */
	static String kebab(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static MessageSourceResolvable label(String fallback, String... codes) {
		return new DefaultMessageSourceResolvable(codes, fallback);
	}

	private static FormField field(String prefix, Class<?> record, RecordComponent component) {
		Field declared = declaredField(record, component.getName());
		boolean required = component.getType().isPrimitive() || declared.isAnnotationPresent(NotNull.class)
				|| declared.isAnnotationPresent(NotBlank.class) || declared.isAnnotationPresent(NotEmpty.class);
		Size size = declared.getAnnotation(Size.class);
		Integer max = size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
		Kind kind = kind(component);
		List<Option> options = component.getType().isEnum() ? Arrays.stream(component.getType().getEnumConstants())
			.map(constant -> ((Enum<?>) constant).name())
			.map(name -> new Option(name, label(PageFormat.words(name),
					"enum." + component.getType().getSimpleName() + "." + name)))
			.toList() : List.of();
		return new FormField(component.getName(), kind, label(PageFormat.words(component.getName()),
				prefix + "." + component.getName(), "field." + component.getName()),
				required, kind == Kind.TEXT || kind == Kind.TEXTAREA ? max : null, options);
	}

	private static Field declaredField(Class<?> record, String name) {
		try {
			// Bean Validation annotations on a record component land on its field, not on the component.
			return record.getDeclaredField(name);
		}
		catch (NoSuchFieldException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static Kind kind(RecordComponent component) {
		Class<?> type = component.getType();
		if (type == String.class) {
			Size size = declaredField(component.getDeclaringRecord(), component.getName()).getAnnotation(Size.class);
			return size != null && size.max() <= SHORT_TEXT ? Kind.TEXT : Kind.TEXTAREA;
		}
		if (type.isEnum()) {
			return Kind.SELECT;
		}
		if (type == boolean.class || type == Boolean.class) {
			return Kind.CHECKBOX;
		}
		if (type == LocalDate.class) {
			return Kind.DATE;
		}
		if (type == Instant.class) {
			return Kind.DATETIME;
		}
		if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
			return Kind.NUMBER;
		}
		if (List.class.isAssignableFrom(type)) {
			Type element = component.getGenericType() instanceof ParameterizedType list
					? list.getActualTypeArguments()[0] : Object.class;
			return element == UUID.class ? Kind.DOCUMENTS : element == String.class ? Kind.LINES : Kind.JSON;
		}
		return type == UUID.class ? Kind.TEXT : Kind.JSON;
	}

	/**
	 * The JSON body of {@code form} from the submitted parameters. What cannot be turned into its type (a number that
	 * is not one, JSON that does not parse) goes into {@code errors} by field name instead.
	 */
	ObjectNode body(ActionForm form, MultiValueMap<String, String> values, Map<String, String> errors) {
		ObjectNode body = json.createObjectNode();
		for (FormField field : form.fields()) {
			String value = values.getFirst(field.name());
			String text = value == null || value.isBlank() ? null : value.trim();
			switch (field.kind()) {
				case CHECKBOX -> body.put(field.name(), text != null);
				case DOCUMENTS -> {
					ArrayNode ids = body.putArray(field.name());
					values.getOrDefault(field.name(), List.of()).forEach(ids::add);
				}
				case LINES -> {
					ArrayNode lines = body.putArray(field.name());
					if (text != null) {
						text.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(lines::add);
					}
				}
				case NUMBER -> {
					if (text != null) {
						try {
							body.put(field.name(), Long.parseLong(text));
						}
						catch (NumberFormatException notNumber) {
							errors.put(field.name(), "number");
						}
					}
				}
				case DATETIME -> {
					if (text != null) {
						try {
							body.put(field.name(), LocalDateTime.parse(text).atZone(WorkingCalendar.ZONE).toInstant()
								.toString());
						}
						catch (DateTimeParseException notTime) {
							errors.put(field.name(), "datetime");
						}
					}
				}
				case JSON -> {
					if (text != null) {
						try {
							body.set(field.name(), json.readTree(text));
						}
						catch (JsonProcessingException notJson) {
							errors.put(field.name(), "json");
						}
					}
				}
				default -> {
					if (text != null) {
						body.put(field.name(), text);
					}
				}
			}
		}
		return body;
	}

	/** Field names as the inbox reports them: a violation's path ends with the field ({@code reason}). */
	static String fieldOf(String path) {
		if (path == null) {
			return null;
		}
		int dot = path.lastIndexOf('.');
		String last = dot < 0 ? path : path.substring(dot + 1);
		int bracket = last.indexOf('[');
		return bracket < 0 ? last : last.substring(0, bracket);
	}

}
