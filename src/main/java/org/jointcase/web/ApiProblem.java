package org.jointcase.web;

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

	public ApiProblem(HttpStatus status, String field, String rule, String detail) {
		super(detail);
		this.status = status;
		this.field = field;
		this.rule = rule;
	}

	/** The answer for an object that does not exist or that the officer may not see: the two are not told apart. */
	public static ApiProblem notFound(String what) {
		return new ApiProblem(HttpStatus.NOT_FOUND, null, null, what + " not found");
	}

	public static ApiProblem invalid(String field, String rule, String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, field, rule, detail);
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
}
