package org.whatworks.network;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.whatworks.core.content.OnError;

/**
 * Settings of the combined site, under {@code whatworks}.
 *
 * @param centres per centre id, its settings; an id that no centre plugin has is refused
 * at start-up, listing the ids found
 * @param plugins how centre plugins are treated
 */
@ConfigurationProperties("whatworks")
public record WhatWorksProperties(Map<String, Centre> centres, Plugins plugins) {

	public WhatWorksProperties {
		centres = (centres != null) ? centres : Map.of();
		plugins = (plugins != null) ? plugins : new Plugins(null);
	}

	/** {@code whatworks.centres.<id>.enabled} for every configured centre. */
	public Map<String, Boolean> enabledById() {
		Map<String, Boolean> enabled = new LinkedHashMap<>();
		this.centres.forEach((id, centre) -> enabled.put(id, centre.enabled()));
		return enabled;
	}

	/**
	 * Settings of one centre.
	 *
	 * @param enabled whether the site serves the centre (default true)
	 */
	public record Centre(Boolean enabled) {

		public Centre {
			enabled = (enabled != null) ? enabled : Boolean.TRUE;
		}

	}

	/**
	 * How centre plugins are treated.
	 *
	 * @param onError when a centre's plugin or content is broken: {@code fail} refuses to
	 * start, listing every problem; {@code quarantine} (the default) serves the other
	 * centres and marks the broken one unavailable in its pages and in health
	 */
	public record Plugins(OnError onError) {

		public Plugins {
			onError = (onError != null) ? onError : OnError.QUARANTINE;
		}

	}

}
