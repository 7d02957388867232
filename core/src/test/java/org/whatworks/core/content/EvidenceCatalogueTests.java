package org.whatworks.core.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.whatworks.core.model.EntryRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EvidenceCatalogueTests {

	private static Supplier<LoadedCentre> centre(String id, InMemoryContent content) {
		InMemoryContent renamed = content.replace("centre.yaml", "id: demo", "id: " + id);
		return () -> CentreLoader.load(renamed, id);
	}

	private static Map<String, Supplier<LoadedCentre>> loaders(Object... idAndLoader) {
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		for (int i = 0; i < idAndLoader.length; i += 2) {
			@SuppressWarnings("unchecked")
			Supplier<LoadedCentre> loader = (Supplier<LoadedCentre>) idAndLoader[i + 1];
			loaders.put((String) idAndLoader[i], loader);
		}
		return loaders;
	}

	@Test
	void linksBetweenCentresResolve() {
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(
				loaders("one", centre("one", new InMemoryContent()), "two", centre("two", new InMemoryContent()
					.replace("entries/tutoring.md", "related: [other]", "related: [other, one/tutoring]"))),
				List.of(), OnError.FAIL);
		assertThat(catalogue.centres()).hasSize(2);
		assertThat(catalogue.related(catalogue.entry(new EntryRef("two", "tutoring")).orElseThrow()))
			.extracting((e) -> e.ref().toString())
			.containsExactly("two/other", "one/tutoring");
		assertThat(catalogue.warnings()).isEmpty();
	}

	@Test
	void brokenLinkToAnotherCentreFailsUnderFailAndIsAWarningUnderQuarantine() {
		Map<String, Supplier<LoadedCentre>> loaders = loaders("one", centre("one", new InMemoryContent()), "two",
				centre("two", new InMemoryContent().replace("entries/tutoring.md", "related: [other]",
						"related: [one/missing]")));
		assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> EvidenceCatalogue.load(loaders, List.of(), OnError.FAIL))
			.withMessageContaining(
					"two: entries/tutoring.md: related: broken link: centre 'one' has no entry 'missing' (found 'one/missing')");
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
		assertThat(catalogue.centres()).hasSize(2);
		assertThat(catalogue.warnings()).extracting(ContentProblem::message)
			.containsExactly("broken link: centre 'one' has no entry 'missing'");
	}

	@Test
	void aBrokenCentreIsQuarantinedWithItsReasonsAndTheOthersServed() {
		Supplier<LoadedCentre> throwing = () -> {
			throw new IllegalStateException("boom");
		};
		EvidenceCatalogue catalogue = EvidenceCatalogue
			.load(loaders("good", centre("good", new InMemoryContent()), "invalid",
					centre("invalid",
							new InMemoryContent().replace("entries/tutoring.md", "strength: \"2\"", "strength: \"9\"")),
					"throws", throwing), List.of(), OnError.QUARANTINE);
		assertThat(catalogue.centres()).extracting(LoadedCentre::id).containsExactly("good");
		assertThat(catalogue.unavailable()).extracting(UnavailableCentre::id).containsExactly("invalid", "throws");
		assertThat(catalogue.unavailable().get(0).reasons())
			.anySatisfy((r) -> assertThat(r).contains("ratings.strength"));
		assertThat(catalogue.unavailable().get(1).reasons()).anySatisfy((r) -> assertThat(r).contains("boom"));
	}

	@Test
	void underFailEveryProblemOfEveryCentreIsListed() {
		Supplier<LoadedCentre> throwing = () -> {
			throw new IllegalStateException("boom");
		};
		assertThatExceptionOfType(
				ContentValidationException.class)
			.isThrownBy(() -> EvidenceCatalogue.load(loaders("invalid",
					centre("invalid",
							new InMemoryContent().replace("entries/tutoring.md", "strength: \"2\"", "strength: \"9\"")),
					"throws", throwing), List.of(), OnError.FAIL))
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(2))
			.withMessageContaining("invalid: entries/tutoring.md:8: ratings.strength")
			.withMessageContaining("throws: (plugin): the centre's plugin failed while loading");
	}

}
