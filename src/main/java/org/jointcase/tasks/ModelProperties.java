package org.jointcase.tasks;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reads the {@code camunda:property} extension elements by which a BPMN element declares what the inbox does. */
final class ModelProperties {

	private ModelProperties() {
	}

	/** The value of the element's property {@code name}, or {@code null} when it has none. */
	static String of(BaseElement element, String name) {
		if (element == null || element.getExtensionElements() == null) {
			return null;
		}
		return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.filter(property -> name.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.findFirst()
			.orElse(null);
	}
}
