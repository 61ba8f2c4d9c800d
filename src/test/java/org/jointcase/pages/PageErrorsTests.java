package org.jointcase.pages;

import java.sql.SQLException;

import org.jointcase.web.Races;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/** A page whose change lost a race answers the conflict page with the API's message; any other failure stays a 500. */
class PageErrorsTests {

	private final PageErrors errors = new PageErrors();

	@Test
	void aLostRaceIsAConflictWithItsMessage() {
		ModelAndView page = errors.unexpected(new IllegalStateException("wrapped",
				new CannotAcquireLockException("locked", new SQLException("deadlock detected", "40P01"))));
		assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(page.getModel()).containsEntry("status", 409)
			.containsEntry("detail", Races.conflict().getMessage());
	}

	@Test
	void anyOtherFailureStaysAFault() {
		ModelAndView page = errors.unexpected(new IllegalStateException("broken"));
		assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(page.getModel()).containsEntry("detail", null);
	}
}
