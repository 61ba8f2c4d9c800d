package org.jointcase.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem bodies of the API so that every refusal has the same shape. */
public final class ProblemResponses {

	private static final String TYPE_BASE = "https://jointcase.org/problems/";

	private ProblemResponses() {
	}

	public static ProblemDetail of(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + slug(status)));
		problem.setTitle(status.getReasonPhrase());
		return identified(problem);
	}

	/** Adds the id of the request the problem answers ({@link RequestIds}), which the log lines of it also carry. */
	public static ProblemDetail identified(ProblemDetail problem) {
		String requestId = RequestIds.current();
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	/**
	 * A refusal by a named rule that is not about one input field (a 403 of a policy, a 409 of a state): the rule is
	 * the problem's type and is also given as {@code rule}.
	 */
	public static ProblemDetail byRule(HttpStatus status, String rule, String detail) {
		ProblemDetail problem = of(status, detail);
		problem.setType(URI.create(TYPE_BASE + rule));
		problem.setProperty("rule", rule);
		return problem;
	}

	/**
	 * A refusal of bad input: each rejected field in {@code errors}; the first one also gives the problem's type (its
	 * rule), {@code field} and {@code rule}, so that a client reads one field and one rule from any problem.
	 */
	public static ProblemDetail withErrors(HttpStatus status, String detail, List<FieldError> errors) {
		if (errors.isEmpty()) {
			return of(status, detail);
		}
		FieldError first = errors.get(0);
		ProblemDetail problem = byRule(status, first.rule(), detail);
		problem.setProperty("field", first.field());
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String slug(HttpStatus status) {
		return status.name().toLowerCase().replace('_', '-');
	}
}
