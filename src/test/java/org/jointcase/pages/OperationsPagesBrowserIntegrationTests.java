package org.jointcase.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The operators' page shows an incident without the process's data and retries its job; others get no link. */
@IntegrationTest
class OperationsPagesBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	PageDriver browser;
	private String instance;

	@BeforeEach
	void openBrowser() {
		browser = PageDriver.open(port);
	}

	@AfterEach
	void closeBrowserAndEndTheProcess() {
		browser.close();
		if (instance != null) {
			runtime.deleteProcessInstance(instance, "test over");
		}
	}

	@Test
	void anOperatorSeesTheIncidentOfAFailedStepAndRetriesItsJob() {
		String marker = "variable-" + UUID.randomUUID();
		instance = runtime.startProcessInstanceByKey("test-failing-step", Map.of("marker", marker)).getId();
		String job = awaitIncident().getConfiguration();

		browser.signIn("operator").follow("Process engine");
		assertThat(browser.heading()).isEqualTo("Process engine");
		String page = browser.text("main");
		assertThat(page).contains(instance, job, "test-failing-step", "FailingStep").doesNotContain(marker)
			.doesNotContainIgnoringCase("noSuchDelegate");

		browser.webDriver().findElement(By.cssSelector("form[action$='/" + job + "/retry'] button")).click();
		browser.waitFor("[role=status]");
		assertThat(browser.text("[role=status]")).contains(job);

		browser.signOut().signIn("hefei.inspector");
		assertThat(browser.all("header nav a")).noneMatch(link -> link.getText().equals("Process engine"));
		browser.go("/operations");
		assertThat(browser.heading()).isEqualTo("Not allowed");
	}

	private Incident awaitIncident() {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
			if (incident != null) {
				return incident;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new AssertionError(interrupted);
			}
		}
		throw new AssertionError("No incident for " + instance + " within 60 s");
	}
}
