package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.GapMap;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.search.SearchParameters.InvalidParametersException;
import org.whatworks.core.search.SearchParameters.Problem;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.Criterion;
import org.whatworks.core.standard.CriterionAnswer;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.core.standard.Replication;
import org.whatworks.core.standard.StudyDesign;

/**
 * The one reader of the gap map's filters, for its page, the API and the downloads alike,
 * and the one list of what each filter offers, so that the page's form, the OpenAPI
 * document and the error messages name the same values.
 * <p>
 * {@code centre}, {@code lifeStage} and {@code band} are repeatable (any value matches);
 * {@code minConfidence}, {@code design}, {@code replication}, {@code lastingEffect} and
 * {@code ukEvidence} may be given once. Blank values are ignored (a form's "any"); values
 * are matched ignoring case. Every problem is collected with the parameter it concerns
 * and what it allows, and thrown as an {@link InvalidParametersException}.
 */
public final class GapMapParameters {

	/** The lowest network confidence of the headline finding, 1 to 5. */
	public static final String MIN_CONFIDENCE = "minConfidence";

	/** The weakest best study design of the entry (the best of its findings). */
	public static final String DESIGN = Criterion.DESIGN.field();

	/** The entry's answer on independent replication (the strongest of its findings). */
	public static final String REPLICATION = Criterion.REPLICATION.field();

	/** The entry's answer on a lasting effect (yes if any finding says yes). */
	public static final String LASTING_EFFECT = Criterion.LASTING_EFFECT.field();

	/** The entry's answer on UK evidence (yes if any finding says yes). */
	public static final String UK_EVIDENCE = Criterion.UK_EVIDENCE.field();

	private static final List<String> NAMES = List.of(Facets.CENTRE, Facets.LIFE_STAGE, Facets.BAND, MIN_CONFIDENCE,
			DESIGN, REPLICATION, LASTING_EFFECT, UK_EVIDENCE);

	private GapMapParameters() {
	}

	/**
	 * One filter of the gap map as a form offers it.
	 *
	 * @param name the parameter name
	 * @param label the filter's label for people
	 * @param hint one sentence on what it does
	 * @param repeatable whether several values may be chosen (any of them matches)
	 * @param values code to label, in display order
	 */
	public record Option(String name, String label, String hint, boolean repeatable, Map<String, String> values) {

		public Option {
			values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
		}

		/** The codes this filter accepts, in display order. */
		public List<String> codes() {
			return List.copyOf(this.values.keySet());
		}

	}

	/** The parameter names, in the order of the form. */
	public static List<String> names() {
		return NAMES;
	}

	/**
	 * Every filter with the values it accepts, in the order of the form; the centres are
	 * those of the catalogue.
	 */
	public static List<Option> options(EvidenceCatalogue catalogue) {
		Map<String, String> centres = new LinkedHashMap<>();
		for (LoadedCentre centre : catalogue.centres()) {
			centres.put(centre.id(), centre.centre().name());
		}
		Map<String, String> lifeStages = new LinkedHashMap<>();
		for (LifeStage stage : LifeStage.values()) {
			lifeStages.put(stage.name(), stage.label());
		}
		Map<String, String> bands = new LinkedHashMap<>();
		for (EvidenceBand band : EvidenceBand.values()) {
			bands.put(band.name(), band.label());
		}
		Map<String, String> confidence = new LinkedHashMap<>();
		for (int i = 1; i < NetworkStandard.CONFIDENCE_LABELS.size(); i++) {
			confidence.put(String.valueOf(i), NetworkStandard.confidenceLabel(i) + " (" + i + " of 5)"
					+ ((i < NetworkStandard.CONFIDENCE_LABELS.size() - 1) ? " or stronger" : ""));
		}
		Map<String, String> designs = new LinkedHashMap<>();
		designs.put(StudyDesign.RANDOMISED.name(), StudyDesign.RANDOMISED.label());
		designs.put(StudyDesign.QUASI_EXPERIMENTAL.name(), StudyDesign.QUASI_EXPERIMENTAL.label() + " or randomised");
		designs.put(StudyDesign.OTHER.name(), "Any evaluation");
		Map<String, String> replication = new LinkedHashMap<>();
		for (Replication answer : Replication.values()) {
			replication.put(answer.name(), answer.label());
		}
		Map<String, String> answers = new LinkedHashMap<>();
		for (CriterionAnswer answer : CriterionAnswer.values()) {
			answers.put(answer.name(), answer.label());
		}
		return List.of(new Option(Facets.CENTRE, "Centre", "Count the entries of these centres only.", true, centres),
				new Option(Facets.LIFE_STAGE, "Life stage", "Entries for any of these life stages.", true, lifeStages),
				new Option(Facets.BAND, "Evidence band", "Entries whose headline finding has one of these bands.", true,
						bands),
				new Option(MIN_CONFIDENCE, "Minimum strength of evidence",
						"The network's confidence in the headline finding, 0 to 5.", false, confidence),
				new Option(DESIGN, Criterion.DESIGN.label(), "The best design behind any of the entry's findings.",
						false, designs),
				new Option(REPLICATION, Criterion.REPLICATION.label(),
						"Whether a team independent of the developers found the effect again.", false, replication),
				new Option(LASTING_EFFECT, Criterion.LASTING_EFFECT.label(),
						"Whether an effect was seen 12 months or more after the start.", false, answers),
				new Option(UK_EVIDENCE, Criterion.UK_EVIDENCE.label(), "Whether any of the evidence comes from the UK.",
						false, answers));
	}

	/**
	 * Reads a gap map's filter from request parameters.
	 * @param parameters parameter name to values, as sent
	 * @param catalogue the content the map is made from
	 * @return the filter; {@link GapMap.Filter#NONE} when nothing is chosen
	 * @throws InvalidParametersException listing every problem
	 */
	public static GapMap.Filter parse(Map<String, List<String>> parameters, EvidenceCatalogue catalogue) {
		Map<String, Option> options = new LinkedHashMap<>();
		options(catalogue).forEach((option) -> options.put(option.name(), option));
		List<Problem> problems = new ArrayList<>();
		Map<String, Set<String>> chosen = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			Option option = options.get(name);
			if (option == null) {
				problems.add(new Problem(name, "Unknown parameter " + SearchParameters.quote(name)
						+ ". Allowed parameters: " + String.join(", ", NAMES) + ".", NAMES));
				continue;
			}
			List<String> values = (parameter.getValue() != null) ? parameter.getValue() : List.of();
			List<String> given = values.stream().filter((v) -> v != null && !v.isBlank()).map(String::strip).toList();
			if (!option.repeatable() && given.size() > 1) {
				problems.add(new Problem(name, "Parameter '" + name + "' may be given only once. Allowed values: "
						+ String.join(", ", option.codes()) + ".", option.codes()));
				continue;
			}
			Set<String> codes = new LinkedHashSet<>();
			for (String value : given) {
				String code = option.codes().stream().filter((c) -> c.equalsIgnoreCase(value)).findFirst().orElse(null);
				if (code == null) {
					problems
						.add(new Problem(name,
								"Parameter '" + name + "' has no value " + SearchParameters.quote(value)
										+ ". Allowed values: " + String.join(", ", option.codes()) + ".",
								option.codes()));
				}
				else {
					codes.add(code);
				}
			}
			if (!codes.isEmpty()) {
				chosen.put(name, codes);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidParametersException(problems);
		}
		return new GapMap.Filter(chosen.getOrDefault(Facets.CENTRE, Set.of()),
				enums(LifeStage.class, chosen.get(Facets.LIFE_STAGE)),
				enums(EvidenceBand.class, chosen.get(Facets.BAND)),
				chosen.containsKey(MIN_CONFIDENCE) ? Integer.valueOf(one(chosen, MIN_CONFIDENCE)) : null,
				one(StudyDesign.class, chosen, DESIGN), one(Replication.class, chosen, REPLICATION),
				one(CriterionAnswer.class, chosen, LASTING_EFFECT), one(CriterionAnswer.class, chosen, UK_EVIDENCE));
	}

	/**
	 * A filter as request parameters, in the order of the form, each value a code; empty
	 * for {@link GapMap.Filter#NONE}. Reading them back gives the same filter.
	 */
	public static Map<String, List<String>> parameters(GapMap.Filter filter) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		putAll(parameters, Facets.CENTRE, new TreeSet<>(filter.centres()));
		putAll(parameters, Facets.LIFE_STAGE, filter.lifeStages().stream().sorted().map(Enum::name).toList());
		putAll(parameters, Facets.BAND, filter.bands().stream().sorted().map(Enum::name).toList());
		putOne(parameters, MIN_CONFIDENCE, filter.minConfidence());
		putOne(parameters, DESIGN, filter.design());
		putOne(parameters, REPLICATION, filter.replication());
		putOne(parameters, LASTING_EFFECT, filter.lastingEffect());
		putOne(parameters, UK_EVIDENCE, filter.ukEvidence());
		return parameters;
	}

	/**
	 * The parameters of the search behind one cell: the approach and domain, and each
	 * part of the filter that search can take (the centre, life stage and band facets,
	 * the minimum confidence as the confidence values it allows, and any criterion search
	 * has a facet for with the same name and codes).
	 * @param filter the map's filter
	 * @param approach the cell's row
	 * @param domain the cell's column
	 * @param vocabulary the search vocabulary of the same catalogue
	 * @return the parameters, in a stable order
	 */
	public static Map<String, List<String>> cellSearch(GapMap.Filter filter, ApproachType approach,
			OutcomeDomain domain, SearchVocabulary vocabulary) {
		Map<String, List<String>> search = new LinkedHashMap<>();
		searchable(filter, vocabulary).forEach(search::put);
		search.put(Facets.APPROACH, List.of(approach.name()));
		search.put(Facets.DOMAIN, List.of(domain.name()));
		return search;
	}

	/**
	 * The labels of the filters a cell's search cannot take, so that it may find more
	 * entries than the cell counts; empty when the search matches the cell exactly.
	 */
	public static List<String> notSearchable(GapMap.Filter filter, EvidenceCatalogue catalogue,
			SearchVocabulary vocabulary) {
		Set<String> carried = searchable(filter, vocabulary).keySet();
		List<String> missing = new ArrayList<>();
		for (Option option : options(catalogue)) {
			if (parameters(filter).containsKey(option.name()) && !carried.contains(option.name())
					&& !(MIN_CONFIDENCE.equals(option.name()) && carried.contains(Facets.CONFIDENCE))) {
				missing.add(option.label());
			}
		}
		return missing;
	}

	private static Map<String, List<String>> searchable(GapMap.Filter filter, SearchVocabulary vocabulary) {
		Map<String, List<String>> search = new LinkedHashMap<>();
		parameters(filter).forEach((name, values) -> {
			if (MIN_CONFIDENCE.equals(name)) {
				List<String> allowed = new ArrayList<>();
				for (int i = filter.minConfidence(); i < NetworkStandard.CONFIDENCE_LABELS.size(); i++) {
					allowed.add(String.valueOf(i));
				}
				search.put(Facets.CONFIDENCE, allowed);
			}
			else if (DESIGN.equals(name)) {
				List<String> designs = new ArrayList<>();
				for (StudyDesign design : StudyDesign.values()) {
					if (design.atLeast(filter.design())) {
						designs.add(design.name());
					}
				}
				if (accepts(vocabulary, name, designs)) {
					search.put(name, designs);
				}
			}
			else if (accepts(vocabulary, name, values)) {
				search.put(name, values);
			}
		});
		return search;
	}

	private static boolean accepts(SearchVocabulary vocabulary, String name, List<String> values) {
		return vocabulary.facet(name).map((facet) -> facet.codes().containsAll(values)).orElse(false);
	}

	private static void putAll(Map<String, List<String>> parameters, String name, Iterable<String> values) {
		List<String> list = new ArrayList<>();
		values.forEach(list::add);
		if (!list.isEmpty()) {
			parameters.put(name, list);
		}
	}

	private static void putOne(Map<String, List<String>> parameters, String name, @Nullable Object value) {
		if (value != null) {
			parameters.put(name, List.of((value instanceof Enum<?> e) ? e.name() : value.toString()));
		}
	}

	private static String one(Map<String, Set<String>> chosen, String name) {
		return chosen.get(name).iterator().next();
	}

	private static <E extends Enum<E>> @Nullable E one(Class<E> type, Map<String, Set<String>> chosen, String name) {
		return chosen.containsKey(name) ? Enum.valueOf(type, one(chosen, name).toUpperCase(Locale.ROOT)) : null;
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, @Nullable Set<String> codes) {
		if (codes == null) {
			return Set.of();
		}
		Set<E> values = new LinkedHashSet<>();
		codes.forEach((code) -> values.add(Enum.valueOf(type, code)));
		return values;
	}

}
