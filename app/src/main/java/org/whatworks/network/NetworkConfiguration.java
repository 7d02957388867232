package org.whatworks.network;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.whatworks.core.plugin.CentrePlugin;
import org.whatworks.core.search.EvidenceSearch;

/**
 * Finds the centres through the plugin contract: every {@link CentrePlugin} bean that a
 * centre jar's auto-configuration registers, whether the jar is a dependency of the app
 * or dropped into the plugins folder ({@code java -Dloader.path=plugins -jar app.jar}).
 */
@Configuration(proxyBeanMethods = false)
class NetworkConfiguration {

	/**
	 * Creates centre plugin beans only when the network asks for them, one at a time, so
	 * that a plugin that throws while starting is reported as a broken centre instead of
	 * stopping the application before the on-error policy can apply.
	 */
	@Bean
	static BeanFactoryPostProcessor centrePluginsOnDemand() {
		return (beanFactory) -> {
			for (String name : beanFactory.getBeanNamesForType(CentrePlugin.class, true, false)) {
				if (beanFactory.containsBeanDefinition(name)) {
					beanFactory.getBeanDefinition(name).setLazyInit(true);
				}
			}
		};
	}

	@Bean
	NetworkContent networkContent(ConfigurableListableBeanFactory beanFactory, WhatWorksProperties properties,
			ApplicationEventPublisher events) {
		Map<String, Supplier<CentrePlugin>> candidates = new LinkedHashMap<>();
		for (String name : beanFactory.getBeanNamesForType(CentrePlugin.class, true, false)) {
			candidates.put(name, () -> beanFactory.getBean(name, CentrePlugin.class));
		}
		Map<String, Path> preview = PreviewFolders.resolve(properties.preview(), Path.of(""));
		CentrePlugins plugins = CentrePlugins.resolve(candidates, properties.enabledById(),
				beanFactory.getBeanClassLoader(), preview.keySet());
		return new NetworkContent(plugins, preview, properties.plugins().onError(), events);
	}

	@Bean
	EvidenceSearch evidenceSearch(NetworkContent content) {
		return new CurrentEvidenceSearch(content);
	}

	@Bean
	CentresHealthContributor centres(NetworkContent content) {
		return new CentresHealthContributor(content);
	}

	@Bean
	PreviewWatcher previewWatcher(NetworkContent content, WhatWorksProperties properties) {
		return new PreviewWatcher(content, properties.preview().pollInterval());
	}

}
