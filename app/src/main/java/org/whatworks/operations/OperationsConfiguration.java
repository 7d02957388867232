package org.whatworks.operations;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whatworks.network.NetworkContent;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InsightsProperties.class)
class OperationsConfiguration {

	@Bean
	static SearchMetricsPostProcessor searchMetricsPostProcessor(ObjectProvider<SearchMetrics> metrics) {
		return new SearchMetricsPostProcessor(metrics);
	}

	@Bean
	SearchMetrics searchMetrics(MeterRegistry registry, SearchInsights insights, SearchHistory history,
			InsightsProperties properties) {
		return new SearchMetrics(registry, insights, properties.record() ? history : null);
	}

	@Bean
	SearchHistory searchHistory(JdbcTemplate jdbc, MeterRegistry registry, InsightsProperties properties) {
		return new SearchHistory(jdbc, registry, properties.queueCapacity(), properties.flushInterval(),
				Clock.systemUTC());
	}

	@Bean
	SearchHistoryRetention searchHistoryRetention(SearchHistory history, InsightsProperties properties) {
		return new SearchHistoryRetention(history, properties.keep());
	}

	@Bean
	ContentGeneration contentGeneration(JdbcClient jdbc, NetworkContent content) {
		return new ContentGeneration(jdbc, content);
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
