package org.whatworks.operations;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.whatworks.network.NetworkContent;

@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	@Bean
	static SearchMetricsPostProcessor searchMetricsPostProcessor(ObjectProvider<SearchMetrics> metrics) {
		return new SearchMetricsPostProcessor(metrics);
	}

	@Bean
	SearchMetrics searchMetrics(MeterRegistry registry, SearchInsights insights) {
		return new SearchMetrics(registry, insights);
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
