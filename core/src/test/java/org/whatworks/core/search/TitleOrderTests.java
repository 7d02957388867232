package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.OnError;
import org.whatworks.core.model.EvidenceEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The title order holds across the segments of an index built by two threads: the same
 * titles in several centres, titles that differ only in case, and titles that begin with
 * another.
 */
class TitleOrderTests {

	@Test
	void browsingByTitleOrdersEveryEntryByTitleThenReferenceAcrossSegments() {
		EvidenceCatalogue fixture = SearchFixture.catalogue();
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		List<EvidenceEntry> all = new ArrayList<>();
		String[] titles = { "Feedback", "feedback plus", "Feedback %d", "Mentoring %d", "mentoring", "Zebra %d",
				"a %d" };
		for (LoadedCentre centre : fixture.centres()) {
			EvidenceEntry model = centre.entries().get(0);
			List<EvidenceEntry> entries = new ArrayList<>();
			for (int i = 0; i < 600; i++) {
				String title = titles[i % titles.length].formatted(i % 50);
				entries.add(new EvidenceEntry(model.centreId(), "e" + i, model.kind(), title, model.summary(),
						model.ratings(), model.terms(), model.findings(), model.sections(), model.sources(), List.of(),
						model.provenance(), model.network(), model.file()));
			}
			all.addAll(entries);
			LoadedCentre copy = new LoadedCentre(centre.definition(), entries, List.of(), centre.source());
			loaders.put(centre.id(), () -> copy);
		}
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
		List<String> expected = all.stream()
			.sorted(Comparator.comparing((EvidenceEntry entry) -> entry.title().toLowerCase(Locale.ROOT).strip())
				.thenComparing((entry) -> entry.ref().toString()))
			.map((entry) -> entry.ref().toString())
			.toList();
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(catalogue, new SearchSettings(null, 2))) {
			int segments = search.withSearcher((searcher) -> searcher.getIndexReader().leaves().size());
			assertThat(segments).as("segments").isGreaterThan(1);
			List<String> browsed = new ArrayList<>();
			SearchResults first = search.search(new SearchRequest("", Map.of(), SortOrder.TITLE, 1, 100));
			for (int page = 1; page <= first.pages(); page++) {
				search.search(new SearchRequest("", Map.of(), SortOrder.TITLE, page, 100))
					.hits()
					.forEach((hit) -> browsed.add(hit.entry().ref().toString()));
			}
			assertThat(browsed).hasSize(all.size()).isEqualTo(expected);
		}
	}

}
