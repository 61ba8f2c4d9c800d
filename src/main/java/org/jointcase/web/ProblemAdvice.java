package org.jointcase.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal of the API into an RFC 9457 problem body; bad input names the field and the rule. Nothing
 * reaches the client as a stack trace.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	private static final List<String> API = List.of("/api/", "/actuator", "/v3/api-docs");

	private static final String INVALID_FIELDS = "problem.invalid-fields";

	private final MessageSource messages;

	ProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<Object> apiProblem(ApiProblem problem) {
		if (problem.field() == null && problem.rule() != null) {
			String rule = "problem." + problem.rule();
			// A refusal by an action's name (a case's edit, add-note …) has no text of its own: a refusal in general.
			boolean worded = messages.getMessage(rule, null, null, LocaleContextHolder.getLocale()) != null;
			return respond(ProblemResponses.byRule(problem.status(), problem.rule(), problem.getMessage()),
					worded || problem.status() != HttpStatus.FORBIDDEN ? rule : "problem.forbidden");
		}
		List<FieldError> errors = problem.errors().stream()
			.map(e -> new FieldError(e.field(), e.rule(), text("problem." + e.rule(), e.message())))
			.toList();
		String detail = problem.status() == HttpStatus.NOT_FOUND ? "problem.not-found"
				: problem.status() == HttpStatus.FORBIDDEN ? "problem.forbidden"
						: problem.rule() == null ? null : "problem." + problem.rule();
		return respond(ProblemResponses.withErrors(problem.status(), problem.getMessage(), errors), detail);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException denied) {
		return respond(ProblemResponses.of(HttpStatus.FORBIDDEN, "Your roles do not allow this action"),
				"problem.roles");
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException violation) {
		List<FieldError> errors = violation.getConstraintViolations().stream()
			.map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), rule(v.getConstraintDescriptor()
				.getAnnotation().annotationType().getSimpleName()), v.getMessage()))
			.toList();
		return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors),
				INVALID_FIELDS);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException mismatch) {
		FieldError error = new FieldError(mismatch.getName(), "type", text("problem.type", "is not a valid value"));
		return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields",
				List.of(error)), INVALID_FIELDS);
	}

	/** A multipart body Tomcat cannot read (no boundary, a broken part): bad input, about the file. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> unreadableMultipart(MultipartException unreadable) {
		return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The multipart body cannot be read",
				List.of(new FieldError("file", "multipart", text("problem.multipart",
						"send one multipart/form-data part named file")))), "problem.unreadable-multipart");
	}

	/** A change that lost a race with another one is a conflict the client can resolve, not a fault ({@link Races}). */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception exception) {
		if (Races.lost(exception)) {
			log.info("A change lost a race and was refused: {}", exception.toString());
			return apiProblem(Races.conflict());
		}
		log.error("Unexpected failure", exception);
		return respond(ProblemResponses.of(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be completed; nothing was changed"), "problem.unexpected");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// A value that could not be converted (a query bound to a record) is named like a mismatched parameter:
		// the converter's own message names Java types.
		List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> e.isBindingFailure()
					? new FieldError(e.getField(), "type", text("problem.type", "is not a valid value"))
					: new FieldError(e.getField(), rule(e.getCode()), e.getDefaultMessage()))
			.toList();
		return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors),
				INVALID_FIELDS);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults().stream()
			.flatMap(result -> result instanceof ParameterErrors body
					// A @Valid request body: name the fields inside it, as for MethodArgumentNotValidException.
					? body.getFieldErrors().stream()
						.map(e -> new FieldError(e.getField(), rule(e.getCode()), e.getDefaultMessage()))
					: result.getResolvableErrors().stream()
						.map(e -> new FieldError(name(result.getMethodParameter()),
								rule(e.getCodes() == null ? null : e.getCodes()[e.getCodes().length - 1]),
								e.getDefaultMessage())))
			.toList();
		return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors),
				INVALID_FIELDS);
	}

	/**
	 * An address nothing serves: a problem body for the API, and for a page the error page the servlet container
	 * renders, in the officer's language.
	 */
	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String path = ex.getResourcePath().startsWith("/") ? ex.getResourcePath() : "/" + ex.getResourcePath();
		if (API.stream().anyMatch(path::startsWith)) {
			return respond(ProblemResponses.of(HttpStatus.NOT_FOUND, "Nothing is served at " + path),
					"problem.no-resource", path);
		}
		try {
			((ServletWebRequest) request).getResponse().sendError(HttpStatus.NOT_FOUND.value());
		}
		catch (IOException gone) {
			log.debug("The client left before its not-found page", gone);
		}
		return null;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			FieldError error = FieldError.of(mismatch);
			Class<?> target = mismatch.getTargetType();
			String values = target != null && target.isEnum() ? Arrays.toString(target.getEnumConstants()) : "";
			return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields",
					List.of(new FieldError(error.field(), error.rule(),
							text("problem." + error.rule(), error.message(), values)))), INVALID_FIELDS);
		}
		return respond(ProblemResponses.of(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this call"),
				"problem.not-json");
	}

	/** A parameter as the client names it: the header, query parameter or path variable, else the Java name. */
	private static String name(MethodParameter parameter) {
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		String named = header != null ? header.name() : query != null ? query.name() : path != null ? path.name() : "";
		return named.isEmpty() ? parameter.getParameterName() : named;
	}

	/** Spring's own answers (an unsupported method or media type …) carry the request id as the others do. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		return super.createResponseEntity(body instanceof ProblemDetail problem ? ProblemResponses.identified(problem)
				: body, headers, statusCode, request);
	}

	/**
	 * The problem in the request's language ({@code Accept-Language}, or the pages' language cookie): its title by
	 * status ({@code problem.status.<code>}) and its detail by {@code detailCode}, each in English where the bundles
	 * have no text. {@code null} keeps the detail as given.
	 */
	private ResponseEntity<Object> respond(ProblemDetail problem, String detailCode, Object... arguments) {
		problem.setTitle(text("problem.status." + problem.getStatus(), problem.getTitle()));
		if (detailCode != null) {
			problem.setDetail(text(detailCode, problem.getDetail(), arguments));
		}
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	/**
	 * The services word their problems in English, more precisely than a bundle can (they name the values); English
	 * readers get those words, others the bundles' text for the code.
	 */
	private String text(String code, String english, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
			return english;
		}
		return messages.getMessage(code, arguments, english, locale);
	}

	/** Bean Validation codes such as {@code NotBlank} become the rule names {@code not-blank}. */
	static String rule(String code) {
		return FieldError.ruleOf(code);
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
