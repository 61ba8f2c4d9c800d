package org.jointcase.web;

import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** One rejected input field of a problem body: which field, which rule it broke, and in words. */
public record FieldError(String field, String rule, String message) {

	/**
	 * The error of a JSON value that does not fit its field, named by its path ({@code parties[0].kind}) and in the
	 * API's words, never a Java type's name.
	 */
	public static FieldError of(MismatchedInputException mismatch) {
		String field = path(mismatch);
		Class<?> target = mismatch.getTargetType();
		if (mismatch instanceof JsonInput.NulCharacter) {
			return new FieldError(field, "no-nul-character", "must not contain the NUL character");
		}
		if (mismatch instanceof InvalidNullException) {
			return new FieldError(field, "not-null", "must not be null");
		}
		if (target != null && target.isEnum()) {
			return new FieldError(field, "one-of", "must be one of " + Arrays.toString(target.getEnumConstants()));
		}
		return new FieldError(field, "type", "has the wrong type" + (target == null ? "" : ", expected " + kind(target)));
	}

	/** The JSON path of the offending value, as {@code parties[0].kind}. */
	private static String path(MismatchedInputException mismatch) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : mismatch.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	/** The JSON kind a value must have, in the words of the OpenAPI description. */
	private static String kind(Class<?> target) {
		if (target == String.class || target == java.util.UUID.class || java.time.temporal.Temporal.class
			.isAssignableFrom(target)) {
			return "string";
		}
		if (target == Boolean.class || target == boolean.class) {
			return "boolean";
		}
		if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
			return "number";
		}
		if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
			return "array";
		}
		return "object";
	}

	/** Bean Validation codes such as {@code NotBlank} become the rule names {@code not-blank}. */
	public static String ruleOf(String code) {
		if (code == null) {
			return "invalid";
		}
		return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
	}
}
