package org.whatworks.network;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.UnavailableCentre;
import org.whatworks.core.plugin.CentreRegistry;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.LuceneEvidenceSearch;

/**
 * The content the site serves now: one immutable snapshot of the catalogue and the search
 * index built from it. Everything that reads content asks this for the current
 * {@link EvidenceCatalogue} and keeps using the one it got for the rest of the request; a
 * reload builds a complete new catalogue and index off to the side and swaps both in at
 * once, so readers never see a half-loaded state. The old index closes when the last
 * search still using it ends. A reload that fails leaves the last good content in place.
 */
public class NetworkContent implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(NetworkContent.class);

	private final CentreRegistry registry;

	private final WhatWorksProperties properties;

	private final ApplicationEventPublisher events;

	private final LuceneEvidenceSearch search;

	public NetworkContent(CentreRegistry registry, WhatWorksProperties properties, ApplicationEventPublisher events) {
		this.registry = registry;
		this.properties = properties;
		this.events = events;
		this.search = new LuceneEvidenceSearch(load());
	}

	/** The catalogue being served: the one the current search index was built from. */
	public EvidenceCatalogue catalogue() {
		return this.search.catalogue();
	}

	/** The search over the content being served; follows reloads. */
	EvidenceSearch search() {
		return this.search;
	}

	/** The ids of centres switched off by configuration. */
	public java.util.Set<String> disabledCentres() {
		return this.registry.disabled();
	}

	/**
	 * Loads every centre again and swaps the new content in.
	 * @return the new catalogue
	 */
	public synchronized EvidenceCatalogue reload() {
		EvidenceCatalogue catalogue = load();
		this.search.replace(catalogue);
		this.events.publishEvent(new ContentReloaded(catalogue.centres().stream().map(LoadedCentre::id).toList(),
				catalogue.unavailable().stream().map(UnavailableCentre::id).toList(), catalogue.entries().size(),
				catalogue.loadedAt()));
		return catalogue;
	}

	/** Closes the search index. */
	@Override
	public void close() {
		this.search.close();
	}

	private EvidenceCatalogue load() {
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(this.registry, this.properties.plugins().onError());
		for (LoadedCentre centre : catalogue.centres()) {
			logger.info("Centre '" + centre.id() + "' loaded: " + centre.entries().size() + " entries from "
					+ centre.source());
		}
		for (UnavailableCentre centre : catalogue.unavailable()) {
			logger.error("Centre '" + centre.id() + "' is unavailable:" + System.lineSeparator() + "  "
					+ String.join(System.lineSeparator() + "  ", centre.reasons()));
		}
		List<ContentProblem> warnings = catalogue.warnings();
		if (!warnings.isEmpty()) {
			logger.warn(warnings.size() + " content warning(s); see the content report");
		}
		return catalogue;
	}

}
