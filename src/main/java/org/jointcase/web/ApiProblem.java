package org.jointcase.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal that the API answers with an RFC 9457 problem body. Modules throw it from their services so that
 * every path (API and pages) refuses in the same words.
 *
 * <p>{@code field} and {@code rule} are {@code null} when the problem is not about one input field.
 */
public class ApiProblem extends RuntimeException {

	private final HttpStatus status;
	private final String field;
	private final String rule;
	private final List<FieldError> errors;

	public ApiProblem(HttpStatus status, String field, String rule, String detail) {
		this(status, field, rule, detail, field == null ? List.of() : List.of(new FieldError(field, rule, detail)));
	}

	private ApiProblem(HttpStatus status, String field, String rule, String detail, List<FieldError> errors) {
		super(detail);
		this.status = status;
		this.field = field;
		this.rule = rule;
		this.errors = errors;
	}

	/** The answer for an object that does not exist or that the officer may not see: the two are not told apart. */
	public static ApiProblem notFound(String what) {
		return new ApiProblem(HttpStatus.NOT_FOUND, null, null, what + " not found");
	}

	public static ApiProblem invalid(String field, String rule, String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, field, rule, detail);
	}

	/**
	 * Bad input that breaks several rules at once, each one error (a password that is too short and common); the
	 * first error gives {@link #field()} and {@link #rule()}. {@code errors} is not empty.
	 */
	public static ApiProblem invalid(List<FieldError> errors) {
		FieldError first = errors.get(0);
		String detail = String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
		return new ApiProblem(HttpStatus.BAD_REQUEST, first.field(), first.rule(), detail, List.copyOf(errors));
	}

	public static ApiProblem conflict(String field, String rule, String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, field, rule, detail);
	}

	public static ApiProblem forbidden(String detail) {
		return new ApiProblem(HttpStatus.FORBIDDEN, null, null, detail);
	}

	public HttpStatus status() {
		return status;
	}

	public String field() {
		return field;
	}

	public String rule() {
		return rule;
	}

	/** The rejected input fields, one per broken rule; empty when the problem is not about input fields. */
	public List<FieldError> errors() {
		return errors;
	}
}
