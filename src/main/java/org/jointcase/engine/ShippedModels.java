package org.jointcase.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The process models of the application's {@code bpmn/} folder (packed into the jar under {@code bpmn/}), which are
 * the only ones the engine deploys. The folder is the classpath's: its files directly, not subfolders; in tests it
 * also holds the test models of {@code src/test/resources/bpmn/}, which is how a test deploys one.
 *
 * <p>As a deployer that runs before the engine's own, it refuses a new deployment with any resource that is not,
 * byte for byte, a file of that folder under its name there ({@code bpmn/lead-transfer.bpmn}); the deployment's
 * transaction then rolls back and nothing is stored. The check is on the engine, not on a URL, so that it holds for
 * every caller of {@code RepositoryService}; it compares content and not only names, because any caller chooses the
 * names of what it deploys. A parse listener would have seen BPMN only, and also every model re-read from the
 * database; deployments already stored are left alone.
 *
 * <p>Spring's own auto-deployment is off ({@code camunda.bpm.auto-deployment-enabled}): it names a resource after
 * its absolute file path, or its bare file name inside a jar, neither of which says which folder it came from.
 */
final class ShippedModels implements Deployer {

	static final String FOLDER = "bpmn/";
	static final String DEPLOYMENT_NAME = "jointcase";

	private final Map<String, byte[]> models;

	ShippedModels(ResourcePatternResolver resources) {
		this.models = read(resources);
	}

	private static Map<String, byte[]> read(ResourcePatternResolver resources) {
		Map<String, byte[]> models = new TreeMap<>();
		try {
			for (String pattern : new String[] { "classpath*:" + FOLDER + "*.bpmn", "classpath*:" + FOLDER + "*.dmn" }) {
				for (Resource resource : resources.getResources(pattern)) {
					String name = FOLDER + resource.getFilename();
					if (models.put(name, resource.getContentAsByteArray()) != null) {
						throw new IllegalStateException("Two process models are named " + name + " on the classpath");
					}
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Cannot read the process models of " + FOLDER, unreadable);
		}
		return models;
	}

	/** Deploys the models that changed since the last deployment, or nothing when none did. */
	void deploy(RepositoryService repository) {
		DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT_NAME)
			.enableDuplicateFiltering(false);
		models.forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));
		deployment.deploy();
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew()) {
			return;
		}
		for (ResourceEntity resource : deployment.getResources().values()) {
			byte[] shipped = models.get(resource.getName());
			if (shipped == null || !Arrays.equals(shipped, resource.getBytes())) {
				throw new ProcessEngineException("Refused to deploy " + resource.getName()
						+ ": only the process models of the application's " + FOLDER + " folder are deployed");
			}
		}
	}
}
