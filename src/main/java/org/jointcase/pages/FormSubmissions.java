package org.jointcase.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Submits a form's request record to its service as the API would: the record's Bean Validation limits first, then
 * the service's own 400s, each turned into the message beside its field; any other refusal is the page's to show.
 */
@Component
class FormSubmissions {

	private final Validator validator;
	private final PageFormat format;

	FormSubmissions(Validator validator, PageFormat format) {
		this.validator = validator;
		this.format = format;
	}

	/** The date a browser's date input sent, null when left empty; what is not a date goes into {@code errors}. */
	static LocalDate date(String field, String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException notDate) {
			errors.put(field, "date");
			return null;
		}
	}

	/**
	 * What {@code action} answers for {@code request}, or empty with the reasons in {@code errors} (which may hold
	 * what the form could not read already, in which case nothing is submitted).
	 */
	<T, R> Optional<R> submit(T request, Map<String, String> errors, Function<T, R> action) {
		for (ConstraintViolation<T> violation : validator.validate(request)) {
			errors.putIfAbsent(ActionForms.fieldOf(violation.getPropertyPath().toString()), violation.getMessage());
		}
		if (!errors.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(action.apply(request));
		}
		catch (ApiProblem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				throw problem;
			}
			errors.put(ActionForms.fieldOf(problem.field()), format.problem(problem));
			return Optional.empty();
		}
	}
}
