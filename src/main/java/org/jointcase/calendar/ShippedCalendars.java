package org.jointcase.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.jointcase.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the holiday schedules shipped in {@code calendar/<year>.json} for each year the database does not have yet,
 * so that a new installation knows them from its first start and an administrator's edits are never overwritten.
 */
@Component
class ShippedCalendars implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedCalendars.class);

	private final CalendarRepository repository;
	private final TransactionTemplate transaction;

	ShippedCalendars(CalendarRepository repository, TransactionTemplate transaction) {
		this.repository = repository;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (CalendarYear schedule : read()) {
			try {
				transaction.executeWithoutResult(status -> {
					if (!repository.exists(schedule.year())) {
						repository.replace(schedule);
						log.info("Stored the shipped holiday schedule of {}: {}", schedule.year(), schedule.notice());
					}
				});
			}
			catch (DuplicateKeyException storedByAnotherNode) {
				log.debug("The holiday schedule of {} was stored meanwhile by another node", schedule.year());
			}
		}
	}

	/** The shipped schedules, each checked as an administrator's edit is; a broken file stops the start. */
	static List<CalendarYear> read() {
		JsonMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
		List<CalendarYear> schedules = new ArrayList<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:calendar/*.json")) {
				try (InputStream in = file.getInputStream()) {
					schedules.add(CalendarYears.checked(json.readValue(in, CalendarYear.class)));
				}
				catch (ApiProblem invalid) {
					throw new IllegalStateException("calendar/" + file.getFilename() + ", " + invalid.field() + ": "
							+ invalid.getMessage(), invalid);
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return schedules;
	}
}
