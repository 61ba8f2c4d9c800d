package org.jointcase.tasks;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reads the {@code camunda:property} extension elements by which a BPMN element declares what the inbox does. */
final class ModelProperties {

	// Walking the model's DOM for every task entered was a visible part of a task action's time. The engine keeps one
	// model instance per deployed process definition, and its elements for as long as it keeps the model: read once
	// per element, forgotten with the model.
	private static final Map<BaseElement, Map<String, String>> READ = Collections.synchronizedMap(new WeakHashMap<>());

	private ModelProperties() {
	}

	/** The value of the element's property {@code name}, or {@code null} when it has none. */
	static String of(BaseElement element, String name) {
		return element == null ? null : READ.computeIfAbsent(element, ModelProperties::read).get(name);
	}

	private static Map<String, String> read(BaseElement element) {
		Map<String, String> properties = new HashMap<>();
		if (element.getExtensionElements() != null) {
			element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
				.flatMap(list -> list.getCamundaProperties().stream())
				.forEach(property -> properties.putIfAbsent(property.getCamundaName(), property.getCamundaValue()));
		}
		return properties;
	}
}
