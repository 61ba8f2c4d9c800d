package org.jointcase.web;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
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

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<Object> apiProblem(ApiProblem problem) {
		if (problem.field() == null && problem.rule() != null) {
			return respond(ProblemResponses.byRule(problem.status(), problem.rule(), problem.getMessage()));
		}
		return respond(ProblemResponses.withErrors(problem.status(), problem.getMessage(), problem.errors()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException denied) {
		return respond(ProblemResponses.of(HttpStatus.FORBIDDEN, "Your roles do not allow this action"));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException violation) {
		List<FieldError> errors = violation.getConstraintViolations().stream()
			.map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), rule(v.getConstraintDescriptor()
				.getAnnotation().annotationType().getSimpleName()), v.getMessage()))
			.toList();
		return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException mismatch) {
		FieldError error = new FieldError(mismatch.getName(), "type", "is not a valid value");
		return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields",
				List.of(error)));
	}

	/** A multipart body Tomcat cannot read (no boundary, a broken part): bad input, about the file. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> unreadableMultipart(MultipartException unreadable) {
		return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The multipart body cannot be read",
				List.of(new FieldError("file", "multipart", "send one multipart/form-data part named file"))));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception exception) {
		log.error("Unexpected failure", exception);
		return respond(ProblemResponses.of(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be completed; nothing was changed"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> new FieldError(e.getField(), rule(e.getCode()), e.getDefaultMessage()))
			.toList();
		return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors));
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
		return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors));
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
			return respond(ProblemResponses.of(HttpStatus.NOT_FOUND, "Nothing is served at " + path));
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
			return respond(ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields",
					List.of(FieldError.of(mismatch))));
		}
		return respond(ProblemResponses.of(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this call"));
	}

	/** A parameter as the client names it: the header, query parameter or path variable, else the Java name. */
	private static String name(MethodParameter parameter) {
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		String named = header != null ? header.name() : query != null ? query.name() : path != null ? path.name() : "";
		return named.isEmpty() ? parameter.getParameterName() : named;
	}

	private static ResponseEntity<Object> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	/** Bean Validation codes such as {@code NotBlank} become the rule names {@code not-blank}. */
	static String rule(String code) {
		if (code == null) {
			return "invalid";
		}
		return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
