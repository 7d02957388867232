package org.whatworks.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.RatingChange;
import org.whatworks.core.content.RatingHistory;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.SearchHit;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.network.NetworkContent;

/**
 * Following a search or an entry in a feed reader. {@code /search.atom} takes exactly the
 * parameters of {@code /search}; {@code /entries/{centre}/{id}.atom} follows one entry.
 * Each item is an event of the rating history (an entry added, its ratings or band
 * changed), newest first, so a reader announces new entries and rating changes; an entry
 * whose centre keeps no history is one item dated when it was last reviewed.
 */
@Controller
class SearchFeedController {

	/** How many items a feed lists. */
	static final int FEED_SIZE = 50;

	private final NetworkContent content;

	private final ObjectProvider<EvidenceSearch> search;

	SearchFeedController(NetworkContent content, ObjectProvider<EvidenceSearch> search) {
		this.content = content;
		this.search = search;
	}

	@GetMapping("/search.atom")
	ResponseEntity<String> feed(@RequestParam MultiValueMap<String, String> parameters) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		SearchState state;
		try {
			state = SearchController.parse(parameters, catalogue);
		}
		catch (BadRequestException ex) {
			// a feed reader shows this text; the site's HTML error page is not a feed
			return plainText(400, "This feed address has a problem: " + String.join(" ", ex.problems()));
		}
		EvidenceSearch service = this.search.getIfAvailable();
		if (service == null) {
			return ResponseEntity.status(503).contentType(MediaType.TEXT_PLAIN).body("Search is starting up.");
		}
		SearchRequest page = state.request();
		List<EvidenceEntry> entries = service
			.search(new SearchRequest(page.query(), page.filters(), page.sort(), 1, SearchRequest.MAX_SIZE))
			.hits()
			.stream()
			.map(SearchHit::entry)
			.toList();
		String base = SiteProperties.current();
		String title = "What Works Network: "
				+ (state.query().isBlank() ? "all evidence" : "evidence for ‘" + state.query() + "’")
				+ (state.filtered() ? " (filtered)" : "");
		return atom(base + state.feed(), title, base + state.url(), entries, catalogue, base);
	}

	@GetMapping("/entries/{centreId}/{entryId}.atom")
	ResponseEntity<String> entryFeed(@PathVariable String centreId, @PathVariable String entryId) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		LoadedCentre centre = catalogue.centre(centreId).orElse(null);
		EvidenceEntry entry = (centre != null) ? centre.entry(entryId).orElse(null) : null;
		if (entry == null) {
			return plainText(404, (centre == null) ? "There is no centre called '" + centreId + "'."
					: centre.centre().shortName() + " has no entry called '" + entryId + "'.");
		}
		String base = SiteProperties.current();
		String page = base + SitePaths.entry(centreId, entryId);
		return atom(base + entryFeedUrl(entry),
				"What Works Network: " + entry.title() + " (" + centre.centre().name() + ")", page, List.of(entry),
				catalogue, base);
	}

	private static ResponseEntity<String> plainText(int status, String message) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(message);
	}

	/** The feed address of an entry: the entry's address with {@code .atom}. */
	static String entryFeedUrl(EvidenceEntry entry) {
		return SitePaths.entry(entry.centreId(), entry.id()) + ".atom";
	}

	private static ResponseEntity<String> atom(String self, String title, String page, List<EvidenceEntry> entries,
			EvidenceCatalogue catalogue, String base) {
		List<AtomFeed.Item> items = items(entries, catalogue, base);
		LocalDate updated = items.isEmpty() ? LocalDate.of(2000, 1, 1) : items.get(0).updated();
		AtomFeed feed = AtomFeed.start(self, title, "New entries and rating changes, newest first.", updated, page);
		items.forEach(feed::add);
		return ResponseEntity.ok().contentType(AtomFeed.MEDIA_TYPE).body(feed.finish());
	}

	static List<AtomFeed.Item> items(List<EvidenceEntry> entries, EvidenceCatalogue catalogue, String base) {
		RatingHistory history = catalogue.ratingHistory();
		List<AtomFeed.Item> items = new ArrayList<>();
		for (EvidenceEntry entry : entries) {
			String centre = catalogue.centre(entry.centreId()).map((c) -> c.centre().name()).orElse(entry.centreId());
			String url = base + SitePaths.entry(entry.centreId(), entry.id());
			List<RatingChange> changes = history.of(entry.ref());
			if (changes.isEmpty()) {
				items.add(AtomFeed.Item.reviewed(entry, centre, url, null));
				continue;
			}
			for (RatingChange change : changes) {
				String anchor = url + "#" + updateAnchor(change);
				items.add(new AtomFeed.Item(anchor,
						entry.title() + " (" + centre + "): "
								+ change.kind().label().toLowerCase(java.util.Locale.ROOT),
						change.date(), null, anchor, null, centre, change.band().name(), change.band().label(),
						change.summary()));
			}
		}
		return items.stream()
			.sorted(Comparator.comparing(AtomFeed.Item::updated).reversed().thenComparing(AtomFeed.Item::id))
			.limit(FEED_SIZE)
			.toList();
	}

	/** The fragment of an update on its entry's page. */
	static String updateAnchor(RatingChange change) {
		return "update-" + change.date();
	}

}
