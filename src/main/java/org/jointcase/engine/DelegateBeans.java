package org.jointcase.engine;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The only Spring beans a BPMN expression can name: the delegates and listeners the models bind to. Any other
 * name ({@code ${directory}}, {@code ${cases.read(...)}}) is not a bean to the engine and fails as an unknown
 * property when the expression runs, before anything is called.
 *
 * <p>The names are fixed when the engine starts; each bean is looked up when an expression first names it, because
 * the delegates depend on the engine's own services and so cannot exist before the engine does.
 */
final class DelegateBeans extends AbstractMap<Object, Object> {

	private static final List<Class<?>> TYPES = List.of(JavaDelegate.class, TaskListener.class,
			ExecutionListener.class);

	private final ListableBeanFactory beans;
	private final Set<String> names;

	DelegateBeans(ListableBeanFactory beans) {
		this.beans = beans;
		// Neither prototypes nor eager initialisation: only the names, from the bean definitions.
		this.names = TYPES.stream()
			.flatMap(type -> Arrays.stream(beans.getBeanNamesForType(type, false, false)))
			.collect(Collectors.toUnmodifiableSet());
	}

	Set<String> names() {
		return names;
	}

	@Override
	public boolean containsKey(Object name) {
		return names.contains(name);
	}

	@Override
	public Object get(Object name) {
		return containsKey(name) ? beans.getBean((String) name) : null;
	}

	@Override
	public Set<Entry<Object, Object>> entrySet() {
		return names.stream()
			.map(name -> Map.entry((Object) name, beans.getBean(name)))
			.collect(Collectors.toUnmodifiableSet());
	}
}
