package org.jointcase.pages;

import org.jointcase.web.ApiProblem;
import org.jointcase.web.Races;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals of the pages become error pages in the officer's language: what the API answers as a problem body, the
 * pages show as the page for that status. A case the officer may not see is "not found", never a stack trace. Ordered
 * before the API's problem advice, which would otherwise answer page requests with JSON.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler(ApiProblem.class)
	ModelAndView problem(ApiProblem problem) {
		return page(problem.status(), problem.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException denied) {
		return page(HttpStatus.FORBIDDEN, null);
	}

	/** A malformed id in a URL names nothing that exists; a malformed filter is bad input. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformed(MethodArgumentTypeMismatchException mismatch) {
		return mismatch.getParameter().hasParameterAnnotation(PathVariable.class) ? page(HttpStatus.NOT_FOUND, null)
				: page(HttpStatus.BAD_REQUEST, mismatch.getName() + ": " + mismatch.getValue());
	}

	/** A change that lost a race with another request is no fault: the page says so (409), as the API does. */
	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception exception) {
		if (Races.lost(exception)) {
			return problem(Races.conflict());
		}
		log.error("Unexpected failure of a page", exception);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

	static ModelAndView page(HttpStatus status, String detail) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}
}
