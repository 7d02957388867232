package org.whatworks.core.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.whatworks.core.model.GlossaryTerm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A centre's optional {@code glossary.yaml}: its jargon and everyday words, each with
 * what it means, carried on the centre definition; problems name file, line and field.
 */
class GlossaryLoaderTests {

	@Test
	void glossaryIsOptional() {
		LoadedCentre centre = CentreLoader.load(new InMemoryContent(), "demo");
		assertThat(centre.definition().glossary()).isEmpty();
	}

	@Test
	void glossaryTermsAreCarriedOnTheDefinition() {
		LoadedCentre centre = CentreLoader.load(new InMemoryContent().with("glossary.yaml", """
				- term: KS2
				  means: [key stage 2]
				  definition: Key Stage 2, pupils aged 7-11
				- term: money worries
				  means: financial hardship
				  definition: Everyday words for financial hardship.
				- term: EEF
				  definition: Education Endowment Foundation
				"""), "demo");
		assertThat(centre.definition().glossary()).containsExactly(
				new GlossaryTerm("KS2", List.of("key stage 2"), "Key Stage 2, pupils aged 7-11"),
				new GlossaryTerm("money worries", List.of("financial hardship"),
						"Everyday words for financial hardship."),
				new GlossaryTerm("EEF", List.of(), "Education Endowment Foundation"));
	}

	@Test
	void problemsNameFileLineAndField() {
		ContentValidationException ex = assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> CentreLoader.load(new InMemoryContent().with("glossary.yaml", """
					- term: KS2
					  means: [key stage 2]
					- term: KS3
					  definition: Key Stage 3
					  colour: red
					- term: ks3
					  definition: again
					- just words
					"""), "demo"))
			.actual();
		assertThat(ex.problems()).extracting(ContentProblem::toString)
			.anySatisfy(
					(p) -> assertThat(p).startsWith("demo: glossary.yaml:1: [0].definition: missing required field"))
			.anySatisfy((p) -> assertThat(p).startsWith("demo: glossary.yaml:5: [1].colour: unknown field 'colour'"))
			.anySatisfy((p) -> assertThat(p).startsWith("demo: glossary.yaml:6: [2].term").contains("already defined"))
			.anySatisfy((p) -> assertThat(p).startsWith("demo: glossary.yaml:8: [3]"));
	}

	@Test
	void aGlossaryThatIsNotAListIsReported() {
		ContentValidationException ex = assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(
					() -> CentreLoader.load(new InMemoryContent().with("glossary.yaml", "KS2: Key Stage 2\n"), "demo"))
			.actual();
		assertThat(ex.problems()).extracting(ContentProblem::toString)
			.anySatisfy((p) -> assertThat(p).startsWith("demo: glossary.yaml").contains("must be a list"));
	}

}
