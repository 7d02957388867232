package org.whatworks.operations;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.whatworks.network.NetworkContent;

@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	@Bean
	static SearchMetricsPostProcessor searchMetricsPostProcessor(ObjectProvider<MeterRegistry> registry,
			ObjectProvider<SearchInsights> insights) {
		return new SearchMetricsPostProcessor(registry, insights);
	}

	@Bean
	SearchInsights searchInsights() {
		return new SearchInsights();
	}

	@Bean
	CentresInfoContributor centresInfoContributor(NetworkContent content) {
		return new CentresInfoContributor(content);
	}

}
