package org.whatworks.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The cache of search API answers, under {@code whatworks.api.search-cache}.
 *
 * @param maxSize the most memory the cached answers (their JSON) may take; 0 turns the
 * cache off (default 16MB)
 */
@ConfigurationProperties("whatworks.api.search-cache")
record SearchCacheProperties(DataSize maxSize) {

	SearchCacheProperties {
		maxSize = (maxSize != null) ? maxSize : DataSize.ofMegabytes(16);
		if (maxSize.isNegative()) {
			throw new IllegalArgumentException(
					"whatworks.api.search-cache.max-size must not be negative (found " + maxSize + ")");
		}
	}

}
