package org.whatworks.network;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.whatworks.core.content.OnError;
import org.whatworks.core.plugin.CentrePlugin;
import org.whatworks.core.plugin.CentreRegistry;
import org.whatworks.core.search.EvidenceSearch;

/**
 * Finds the centres through the plugin contract: every {@link CentrePlugin} bean that a
 * centre jar's auto-configuration registers.
 */
@Configuration(proxyBeanMethods = false)
class NetworkConfiguration {

	@Bean
	CentreRegistry centreRegistry(ObjectProvider<CentrePlugin> plugins, WhatWorksProperties properties) {
		List<CentrePlugin> found = plugins.orderedStream().toList();
		return CentreRegistry.resolve(found, properties.enabledById(),
				properties.plugins().onError() == OnError.QUARANTINE);
	}

	@Bean
	NetworkContent networkContent(CentreRegistry registry, WhatWorksProperties properties,
			ApplicationEventPublisher events) {
		return new NetworkContent(registry, properties, events);
	}

	@Bean
	EvidenceSearch evidenceSearch(NetworkContent content) {
		return new CurrentEvidenceSearch(content);
	}

	@Bean
	CentresHealthContributor centres(NetworkContent content) {
		return new CentresHealthContributor(content);
	}

}
