package org.whatworks.network;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
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
 * @param preview the development mode that serves centres straight from their source
 * folders
 * @param content how the network keeps its content current
 */
@ConfigurationProperties("whatworks")
public record WhatWorksProperties(Map<String, Centre> centres, Plugins plugins, Preview preview, Content content) {

	public WhatWorksProperties {
		centres = (centres != null) ? centres : Map.of();
		plugins = (plugins != null) ? plugins : new Plugins(null);
		preview = (preview != null) ? preview : new Preview(null, null, null);
		content = (content != null) ? content : new Content(null);
	}

	/**
	 * How the network keeps its content current.
	 *
	 * @param checkFreshness how long a check of an entry against the centre's own page
	 * stays fresh (default {@code P12M}); an entry checked longer ago is listed in the
	 * admin content report and marked "last checked" on its page
	 */
	public record Content(Period checkFreshness) {

		public Content {
			checkFreshness = (checkFreshness != null) ? checkFreshness : Period.ofMonths(12);
			if (checkFreshness.isNegative() || checkFreshness.isZero()) {
				throw new IllegalArgumentException(
						"whatworks.content.check-freshness must be a positive period such as P12M");
			}
		}

		/** Whether an entry's last check against its source is older than the window. */
		public boolean checkIsStale(org.whatworks.core.model.Provenance provenance, java.time.LocalDate today) {
			return provenance.checked() == null || provenance.checked().isBefore(today.minus(this.checkFreshness));
		}

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

	/**
	 * Live preview for centre teams: serve a centre's content straight from its source
	 * folder and load it again whenever a file changes, without a restart.
	 *
	 * @param enabled when true and no paths are given, every
	 * {@code centre-*}{@code /src/main/resources/whatworks/centres/<id>} folder under the
	 * working directory or its parent is previewed
	 * @param paths per centre id, the folder holding its {@code centre.yaml}; an id no
	 * plugin has adds a centre that exists only as content
	 * @param pollInterval how often the folders are checked for changes (default 1s)
	 */
	public record Preview(Boolean enabled, Map<String, Path> paths, Duration pollInterval) {

		public Preview {
			enabled = (enabled != null) ? enabled : Boolean.FALSE;
			paths = (paths != null) ? paths : Map.of();
			pollInterval = (pollInterval != null && !pollInterval.isNegative() && !pollInterval.isZero()) ? pollInterval
					: Duration.ofSeconds(1);
		}

		/** Whether preview mode is on: enabled, or at least one path given. */
		public boolean active() {
			return this.enabled || !this.paths.isEmpty();
		}

	}

}
