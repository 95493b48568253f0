package org.scibureau.platform.test.spring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Adds a {@link RealInfrastructureContextCustomizer} to the context of every test class annotated with
 * {@link RealInfrastructure}, directly, on a superclass or on an enclosing class.
 */
class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		RealInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				RealInfrastructure.class);
		return (annotation != null) ? new RealInfrastructureContextCustomizer(annotation.database()) : null;
	}

}
