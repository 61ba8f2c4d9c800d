package org.jointcase.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What code inside the application can make of the engine: only the shipped models, only the delegate beans. */
@IntegrationTest
class EngineLockdownIntegrationTests {

	private static final Pattern BEAN_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ApplicationContext context;

	@Test
	void everyDelegateTheModelsNameIsReachableAndNothingElse() throws IOException {
		List<String> named;
		try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
			named = models.flatMap(EngineLockdownIntegrationTests::delegateNames).distinct().toList();
		}
		DelegateBeans delegates = new DelegateBeans(context);
		assertThat(named).hasSizeGreaterThan(10);
		assertThat(delegates.names()).containsAll(named).doesNotContain("directory", "cases", "auditTrail");
	}

	/** Shipped under bpmn/ of the test classpath, so the guard lets it in; running it is what fails. */
	@Test
	void anExpressionNamingAnotherBeanFailsBeforeTheBeanIsCalled() {
		repository.createDeployment().name(ShippedModels.DEPLOYMENT_NAME)
			.addClasspathResource("bpmn/test-expressions-name-beans.bpmn").deploy();

		// Resolving the name is what fails: directory.officersOf is never reached, cases is never handed a task.
		assertThatThrownBy(() -> runtime.startProcessInstanceByKey("test-method-call-on-a-bean"))
			.isInstanceOf(ProcessEngineException.class).hasMessageContaining("directory");
		assertThatThrownBy(() -> runtime.startProcessInstanceByKey("test-bean-as-delegate"))
			.isInstanceOf(ProcessEngineException.class).hasMessageContaining("cases");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("test-method-call-on-a-bean").count())
			.isZero();
	}

	@Test
	void onlyTheModelsOfTheBpmnFolderAreDeployed() throws IOException {
		long deployments = repository.createDeploymentQuery().count();
		byte[] shipped = Files.readAllBytes(Path.of("bpmn/lead-transfer.bpmn"));
		String changed = new String(shipped, StandardCharsets.UTF_8).replace("Approve the transfer", "Approve");

		assertRefused("elsewhere/lead-transfer.bpmn", new String(shipped, StandardCharsets.UTF_8));
		assertRefused("lead-transfer.bpmn", new String(shipped, StandardCharsets.UTF_8));
		assertRefused("bpmn/lead-transfer.bpmn", changed);
		assertRefused("bpmn/injected.bpmn", new String(shipped, StandardCharsets.UTF_8));
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

		repository.createDeployment().addClasspathResource("bpmn/test-failing-step.bpmn").deploy();
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments + 1);
	}

	private void assertRefused(String name, String model) {
		assertThatThrownBy(() -> repository.createDeployment().addString(name, model).deploy())
			.as(name).isInstanceOf(ProcessEngineException.class).hasMessageContaining("Refused to deploy " + name);
	}

	private static Stream<String> delegateNames(Path model) {
		try {
			Matcher matcher = BEAN_EXPRESSION.matcher(Files.readString(model));
			return matcher.results().map(result -> result.group(1)).toList().stream();
		}
		catch (IOException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}
}
