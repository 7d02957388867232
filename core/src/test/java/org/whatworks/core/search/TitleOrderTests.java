package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
		EvidenceCatalogue catalogue = catalogueOfManyTitles();
		List<EvidenceEntry> all = List.copyOf(catalogue.entries());
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

	@Test
	void typeAheadFindsTitlesInEverySegmentAndLinksEachToItsOwnEntry() {
		EvidenceCatalogue catalogue = catalogueOfManyTitles();
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(catalogue, new SearchSettings(null, 2))) {
			int segments = search.withSearcher((searcher) -> searcher.getIndexReader().leaves().size());
			assertThat(segments).as("segments").isGreaterThan(1);
			Set<String> shown = new HashSet<>();
			for (int n = 0; n < 50; n++) {
				List<Suggestion> zebras = search.suggest("zebra " + n, 50);
				assertThat(zebras).as("zebra %d", n).isNotEmpty().allSatisfy((suggestion) -> {
					assertThat(suggestion.kind()).isEqualTo("entry");
					assertThat(catalogue.entry(suggestion.entry()).orElseThrow().title()).isEqualTo(suggestion.text());
				});
				assertThat(zebras.get(0).text()).isEqualTo("Zebra " + n);
				zebras.forEach((suggestion) -> shown.add(suggestion.entry().toString()));
			}
			long titled = catalogue.entries().stream().filter((entry) -> entry.title().startsWith("Zebra ")).count();
			assertThat(shown).hasSize((int) titled);
		}
	}

	/** The fixture's centres with 600 entries each, many titles shared or alike. */
	private static EvidenceCatalogue catalogueOfManyTitles() {
		EvidenceCatalogue fixture = SearchFixture.catalogue();
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
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
			LoadedCentre copy = new LoadedCentre(centre.definition(), entries, List.of(), centre.source());
			loaders.put(centre.id(), () -> copy);
		}
		return EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
	}

}
