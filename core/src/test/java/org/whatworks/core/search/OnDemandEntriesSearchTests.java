package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.OnDemandEntries;
import org.whatworks.core.content.OnError;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalogue too large to hold keeps its entries elsewhere and reads them when asked
 * for: searching it must answer exactly as searching the same entries held in memory, and
 * a search must read only the entries it shows, not the whole catalogue.
 */
class OnDemandEntriesSearchTests {

	private static final List<SearchRequest> REQUESTS = List.of(SearchRequest.of(""), SearchRequest.of("tutoring"),
			SearchRequest.of("kids misbehaving in class"), SearchRequest.of("cameras in car parks"),
			SearchRequest.of("\"blood pressure\" -children"), SearchRequest.of("neighborhood"),
			new SearchRequest("", Map.of(Facets.CENTRE, Set.of("alpha", "beta")), SortOrder.TITLE, 2, 3),
			new SearchRequest("school", Map.of(), SortOrder.CONFIDENCE, 1, 5),
			new SearchRequest("crime", Map.of(Facets.CENTRE, Set.of("beta")), SortOrder.IMPACT, 1, 20));

	private final int defaultStepsFrom = LuceneEvidenceSearch.stepsFrom;

	@AfterEach
	void restoreSteps() {
		LuceneEvidenceSearch.stepsFrom = this.defaultStepsFrom;
	}

	/**
	 * Both ways of searching: one scoring pass (small indexes) and count, rank, rescore.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 20_000, 0 })
	void searchingEntriesReadOnDemandAnswersAsSearchingThemInMemory(int stepsFrom) {
		LuceneEvidenceSearch.stepsFrom = stepsFrom;
		EvidenceCatalogue held = SearchFixture.catalogue();
		AtomicInteger reads = new AtomicInteger();
		EvidenceCatalogue onDemand = onDemand(held, reads);
		try (LuceneEvidenceSearch inMemory = new LuceneEvidenceSearch(held);
				LuceneEvidenceSearch readOnDemand = new LuceneEvidenceSearch(onDemand)) {
			for (SearchRequest request : REQUESTS) {
				SearchResults expected = inMemory.search(request);
				SearchResults actual = readOnDemand.search(request);
				assertThat(actual.total()).as(request.toString()).isEqualTo(expected.total());
				assertThat(actual.hits()).as(request.toString()).isEqualTo(expected.hits());
				assertThat(actual.facets()).as(request.toString()).isEqualTo(expected.facets());
				assertThat(actual.suggestion()).as(request.toString()).isEqualTo(expected.suggestion());
			}
			for (EvidenceEntry entry : held.entries()) {
				assertThat(readOnDemand.related(entry.ref(), 4)).as(entry.ref().toString())
					.isEqualTo(inMemory.related(entry.ref(), 4));
			}
			assertThat(readOnDemand.suggest("neighb", 5)).isEqualTo(inMemory.suggest("neighb", 5));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 20_000, 0 })
	void aSearchReadsOnlyTheEntriesItShows(int stepsFrom) {
		LuceneEvidenceSearch.stepsFrom = stepsFrom;
		EvidenceCatalogue held = SearchFixture.catalogue();
		AtomicInteger reads = new AtomicInteger();
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(onDemand(held, reads))) {
			SearchRequest request = new SearchRequest("crime", Map.of(), SortOrder.RELEVANCE, 1, 3);
			reads.set(0);
			SearchResults results = search.search(request);
			assertThat(results.total()).isGreaterThan(3);
			assertThat(results.hits()).hasSize(3);
			// each hit once, and once more for its highlight text, which is then kept
			assertThat(reads.get()).isEqualTo(6);
			reads.set(0);
			search.search(request);
			assertThat(reads.get()).isEqualTo(3);
			reads.set(0);
			search.search(new SearchRequest("", Map.of(), SortOrder.TITLE, 1, 3));
			assertThat(reads.get()).isEqualTo(3);
		}
	}

	@Test
	void walkingTheCatalogueReadsOneEntryAtATime() {
		AtomicInteger reads = new AtomicInteger();
		EvidenceCatalogue catalogue = onDemand(SearchFixture.catalogue(), reads);
		reads.set(0);
		Iterator<EvidenceEntry> entries = catalogue.entries().iterator();
		entries.next();
		assertThat(reads.get()).isEqualTo(1);
		entries.next();
		assertThat(reads.get()).isEqualTo(2);
	}

	/**
	 * The same centres with each entry rebuilt as a new object on every read, the way a
	 * store outside the heap would hand them out.
	 */
	private static EvidenceCatalogue onDemand(EvidenceCatalogue held, AtomicInteger reads) {
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		for (LoadedCentre centre : held.centres()) {
			List<EvidenceEntry> stored = new ArrayList<>(centre.entries());
			OnDemandEntries entries = new OnDemandEntries() {

				@Override
				public EvidenceEntry get(int index) {
					reads.incrementAndGet();
					return copy(stored.get(index));
				}

				@Override
				public int size() {
					return stored.size();
				}

				@Override
				public Optional<EvidenceEntry> byId(String entryId) {
					return stored.stream().filter((entry) -> entry.id().equals(entryId)).findFirst().map((entry) -> {
						reads.incrementAndGet();
						return copy(entry);
					});
				}

			};
			LoadedCentre loaded = new LoadedCentre(centre.definition(), entries, centre.warnings(), centre.source());
			loaders.put(centre.id(), () -> loaded);
		}
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
		assertThat(catalogue.entries()).hasSameSizeAs(held.entries());
		assertThat(catalogue.entry(new EntryRef("alpha", "tutoring")))
			.isEqualTo(held.entry(new EntryRef("alpha", "tutoring")));
		return catalogue;
	}

	private static EvidenceEntry copy(EvidenceEntry entry) {
		return new EvidenceEntry(new String(entry.centreId()), new String(entry.id()), entry.kind(), entry.title(),
				entry.summary(), entry.ratings(), entry.terms(), entry.findings(), entry.sections(), entry.sources(),
				entry.related(), entry.provenance(), entry.network(), entry.file(), entry.qualifiers(),
				entry.ratingSource(), entry.sameAs(), entry.fieldLines());
	}

}
