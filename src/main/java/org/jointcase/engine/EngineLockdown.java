package org.jointcase.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Closes the engine as a way around the modules' services: BPMN expressions reach only the delegate and listener
 * beans ({@link DelegateBeans}), and only the models of the {@code bpmn/} folder are deployed
 * ({@link ShippedModels}). Camunda's REST API and web applications are not part of the application at all.
 */
@Component
class EngineLockdown extends AbstractProcessEnginePlugin {

	private final ApplicationContext context;
	private final ShippedModels models;

	EngineLockdown(ApplicationContext context) {
		this.context = context;
		this.models = new ShippedModels(context);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		DelegateBeans delegates = new DelegateBeans(context);
		configuration.setBeans(delegates);
		// Spring's factory bean built the expression manager before any plugin ran, over the whole application
		// context; with a beans map it resolves names from that map alone.
		configuration.setExpressionManager(new SpringExpressionManager(context, delegates));
		List<Deployer> preDeployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			preDeployers.addAll(configuration.getCustomPreDeployers());
		}
		preDeployers.add(models);
		configuration.setCustomPreDeployers(preDeployers);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		models.deploy(engine.getRepositoryService());
	}
}
