package org.jointcase.web;

/** One rejected input field of a problem body: which field, which rule it broke, and in words. */
public record FieldError(String field, String rule, String message) {

	/** Bean Validation codes such as {@code NotBlank} become the rule names {@code not-blank}. */
	public static String ruleOf(String code) {
		if (code == null) {
			return "invalid";
		}
		return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
	}
}
