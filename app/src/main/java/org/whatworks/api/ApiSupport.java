package org.whatworks.api;

import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.network.NetworkContent;

/**
 * What every API and open data endpoint shares: the current content, the search service,
 * lookups that answer 404, and the caching headers of a read.
 */
@Component
class ApiSupport {

	/** Reads may be cached for five minutes; the ETag lets clients revalidate cheaply. */
	static final CacheControl CACHE = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

	private final NetworkContent content;

	private final ObjectProvider<EvidenceSearch> search;

	ApiSupport(NetworkContent content, ObjectProvider<EvidenceSearch> search) {
		this.content = content;
		this.search = search;
	}

	EvidenceCatalogue catalogue() {
		return this.content.catalogue();
	}

	ApiMapper mapper() {
		return ApiMapper.forCurrentRequest(catalogue());
	}

	EvidenceSearch search() {
		EvidenceSearch service = this.search.getIfAvailable();
		if (service == null) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Search is not available yet; try again shortly.",
					null, null);
		}
		return service;
	}

	LoadedCentre centre(EvidenceCatalogue catalogue, String centreId) {
		return catalogue.centre(centreId)
			.orElseThrow(() -> ApiException.notFound("There is no centre " + Problems.quote(centreId) + ". Centres: "
					+ String.join(", ", catalogue.centres().stream().map(LoadedCentre::id).toList()) + "."));
	}

	EvidenceEntry entry(EvidenceCatalogue catalogue, String centreId, String entryId) {
		LoadedCentre centre = centre(catalogue, centreId);
		return centre.entry(entryId)
			.flatMap((e) -> catalogue.entry(new EntryRef(centreId, e.id())))
			.orElseThrow(() -> ApiException.notFound("Centre '" + centre.id() + "' has no entry "
					+ Problems.quote(entryId) + ". See /api/v1/search?centre=" + centre.id() + " for its entries."));
	}

	static <T> ResponseEntity<T> ok(T body) {
		return ResponseEntity.ok().cacheControl(CACHE).body(body);
	}

}
