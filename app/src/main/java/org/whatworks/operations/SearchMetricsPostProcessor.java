package org.whatworks.operations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.whatworks.core.search.EvidenceSearch;

/**
 * Wraps the {@link EvidenceSearch} bean in {@link MeteredEvidenceSearch}, so that every
 * caller (site, API) is measured without the search module knowing about metrics.
 */
class SearchMetricsPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<SearchMetrics> metrics;

	SearchMetricsPostProcessor(ObjectProvider<SearchMetrics> metrics) {
		this.metrics = metrics;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof EvidenceSearch search && !(bean instanceof MeteredEvidenceSearch)) {
			return new MeteredEvidenceSearch(search, this.metrics.getObject());
		}
		return bean;
	}

}
