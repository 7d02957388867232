package org.whatworks.benchmarks;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.OnError;
import org.whatworks.core.model.Centre;
import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.DisplayHint;
import org.whatworks.core.model.EntryStatus;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.model.Owner;
import org.whatworks.core.model.Provenance;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleKind;
import org.whatworks.core.model.ScaleLevel;
import org.whatworks.core.model.Section;
import org.whatworks.core.model.Source;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.Crosswalk;
import org.whatworks.core.standard.Effect;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkProfile;
import org.whatworks.core.standard.NetworkRating;
import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.core.standard.OutcomeDomain;

/**
 * A deterministic synthetic network shaped like the real one: six centres, entries with
 * titles of 2-6 words, a summary of about 35 words, three sections of about 120 words,
 * two findings, native ratings, taxonomy terms and a network profile. Words follow a
 * Zipf-like distribution over a domain vocabulary plus a long tail of made-up words.
 */
public final class SyntheticNetwork {

	static final List<String> CENTRES = List.of("education", "crime", "early-intervention", "health", "ageing",
			"local-growth");

	static final String[] DOMAIN_WORDS = ("pupils school teaching tutoring feedback reading phonics homework "
			+ "mentoring crime policing offenders reoffending prison probation burglary cctv lighting gangs violence "
			+ "parenting families children toddlers babies nurses home visiting therapy anxiety depression behaviour "
			+ "health hypertension blood pressure diabetes dementia falls vaccination flu smoking exercise "
			+ "physical activity wellbeing older people later life retirement employment jobs workers over 50s "
			+ "housing adaptations volunteering loneliness digital business finance loans broadband transport "
			+ "apprenticeships training skills innovation grants regeneration estates enterprise zones culture "
			+ "sport evidence review trials effect impact cost outcomes programme intervention approach study "
			+ "studies pilot evaluation months progress attainment secondary primary early years young people "
			+ "adolescents community local area neighbourhood support services guidance recommendations "
			+ "practitioners teachers staff schools classroom group small one to one mental wellbeing work sickness "
			+ "absence cold homes winter kidney heart disease stroke sepsis cancer referral diagnosis management "
			+ "treatment prevention risk reduction strong moderate limited promising positive negative mixed")
		.split(" ");

	private static final String[] SYLLABLES = { "ba", "re", "lo", "mi", "tan", "ver", "co", "nu", "pla", "sti", "dro",
			"gen", "ka", "fu", "mor", "tel", "zi", "pa", "qua", "sen" };

	private final Random random;

	private final String[] vocabulary;

	private final double[] cumulative;

	public SyntheticNetwork(long seed) {
		this.random = new Random(seed);
		List<String> words = new ArrayList<>(List.of(DOMAIN_WORDS));
		Random tail = new Random(seed + 1);
		while (words.size() < 6000) {
			StringBuilder word = new StringBuilder();
			int syllables = 2 + tail.nextInt(3);
			for (int i = 0; i < syllables; i++) {
				word.append(SYLLABLES[tail.nextInt(SYLLABLES.length)]);
			}
			words.add(word.toString());
		}
		this.vocabulary = words.toArray(String[]::new);
		this.cumulative = new double[this.vocabulary.length];
		double sum = 0;
		for (int i = 0; i < this.vocabulary.length; i++) {
			sum += 1.0 / Math.pow(i + 1, 0.9);
			this.cumulative[i] = sum;
		}
		for (int i = 0; i < this.cumulative.length; i++) {
			this.cumulative[i] /= sum;
		}
	}

	/** A catalogue of about {@code total} entries spread over six centres. */
	public EvidenceCatalogue catalogue(int total) {
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		for (int c = 0; c < CENTRES.size(); c++) {
			String id = CENTRES.get(c);
			int count = total / CENTRES.size() + ((c < total % CENTRES.size()) ? 1 : 0);
			LoadedCentre centre = centre(id, count);
			loaders.put(id, () -> centre);
		}
		return EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
	}

	private LoadedCentre centre(String id, int count) {
		Centre centre = new Centre(id, 1, "Synthetic " + id, id.toUpperCase().substring(0, 3), id,
				"A synthetic centre.", URI.create("https://" + id + ".example.org/"),
				new Owner("Bench", "bench@example.org"), List.of("impact", "strength"), "outcome", "per person", true);
		List<ScaleLevel> strength = new ArrayList<>();
		for (int i = 0; i <= 5; i++) {
			strength.add(new ScaleLevel(String.valueOf(i), "Level " + i, null, i));
		}
		List<ScaleLevel> cost = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			cost.add(new ScaleLevel(String.valueOf(i), "Cost " + i, null, i));
		}
		List<RatingScale> scales = List.of(
				new RatingScale("impact", "Impact", null, ScaleKind.NUMERIC, List.of(), -12.0, 12.0, "months",
						new DisplayHint("months", null, "{value} months")),
				new RatingScale("strength", "Strength", null, ScaleKind.ORDINAL, strength, null, null, null,
						new DisplayHint("padlock", 5, null)),
				new RatingScale("cost", "Cost", null, ScaleKind.ORDINAL, cost, null, null, null, null));
		List<Taxonomy> taxonomies = List.of(taxonomy("outcome", 10), taxonomy("approach", 14),
				taxonomy("population", 8));
		CentreDefinition definition = new CentreDefinition(centre, scales, taxonomies,
				new Crosswalk("Synthetic.", Map.of(), Set.of(), Map.of()),
				List.of(List.of("kids", "children"), List.of("tagging", "electronic monitoring")));
		List<EvidenceEntry> entries = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			entries.add(entry(id, i, taxonomies));
		}
		return new LoadedCentre(definition, entries, List.of(), "synthetic");
	}

	private Taxonomy taxonomy(String id, int size) {
		List<Term> terms = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			List<Term> children = (i % 3 == 0) ? List.of(new Term(id + "-" + i + "-a", words(2), List.of(), List.of()),
					new Term(id + "-" + i + "-b", words(2), List.of(), List.of())) : List.of();
			terms.add(new Term(id + "-" + i, words(1 + this.random.nextInt(2)), List.of(words(1)), children));
		}
		return new Taxonomy(id, id, terms);
	}

	private EvidenceEntry entry(String centreId, int n, List<Taxonomy> taxonomies) {
		String id = "entry-" + n;
		String title = capitalise(words(2 + this.random.nextInt(5)));
		String summary = capitalise(words(25 + this.random.nextInt(20))) + ".";
		int impact = this.random.nextInt(17) - 4;
		int strength = this.random.nextInt(6);
		Integer cost = (this.random.nextInt(10) == 0) ? null : 1 + this.random.nextInt(5);
		Map<String, String> ratings = new LinkedHashMap<>();
		ratings.put("impact", String.valueOf(impact));
		ratings.put("strength", String.valueOf(strength));
		if (cost != null) {
			ratings.put("cost", String.valueOf(cost));
		}
		Map<String, List<String>> terms = new LinkedHashMap<>();
		for (Taxonomy taxonomy : taxonomies) {
			Set<String> chosen = new LinkedHashSet<>();
			int k = 1 + this.random.nextInt(2);
			List<Term> all = taxonomy.allTerms();
			for (int i = 0; i < k; i++) {
				chosen.add(all.get(this.random.nextInt(all.size())).id());
			}
			terms.put(taxonomy.id(), List.copyOf(chosen));
		}
		Effect effect = (impact > 0) ? Effect.POSITIVE : (impact == 0) ? Effect.NO_EFFECT : Effect.NEGATIVE;
		NetworkRating rating = new NetworkRating(effect, strength, NetworkStandard.band(effect, strength));
		List<Finding> findings = List.of(
				new Finding(terms.get("outcome").get(0), "All", Map.of("impact", String.valueOf(impact)),
						capitalise(words(15)) + ".", rating),
				new Finding(terms.get("outcome").get(0), "Subgroup", Map.of(), capitalise(words(12)) + ".",
						NetworkRating.NOT_RATED));
		List<Section> sections = new ArrayList<>();
		for (String heading : List.of("What is it?", "Key findings", "How could you implement it?")) {
			String markdown = paragraph(100 + this.random.nextInt(60));
			sections.add(new Section(heading, markdown, "<p>" + markdown + "</p>"));
		}
		Set<OutcomeDomain> domains = new LinkedHashSet<>(
				List.of(pick(OutcomeDomain.values()), pick(OutcomeDomain.values())));
		Set<LifeStage> lifeStages = Set.of(pick(LifeStage.values()));
		Set<ApproachType> approaches = new LinkedHashSet<>(
				List.of(pick(ApproachType.values()), pick(ApproachType.values())));
		NetworkProfile profile = new NetworkProfile(rating, cost, domains, lifeStages, approaches);
		LocalDate reviewed = LocalDate.of(2015, 1, 1).plusDays(this.random.nextInt(4000));
		URI source = URI.create("https://" + centreId + ".example.org/" + id);
		return new EvidenceEntry(centreId, id, "strand", title, summary, ratings, terms, findings, sections,
				List.of(new Source("Source", source)), List.of(),
				new Provenance(source, reviewed, null, EntryStatus.CURRENT, null, true, null), profile,
				"entries/" + id + ".md");
	}

	private <T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private String paragraph(int count) {
		StringBuilder text = new StringBuilder();
		int sentence = 0;
		for (int i = 0; i < count; i++) {
			String word = word();
			if (sentence == 0) {
				word = capitalise(word);
			}
			text.append(word);
			sentence++;
			if (sentence > 8 && this.random.nextInt(6) == 0) {
				text.append(". ");
				sentence = 0;
			}
			else {
				text.append(' ');
			}
		}
		return text.toString().strip() + ".";
	}

	String words(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(word());
		}
		return text.toString();
	}

	private String word() {
		double r = this.random.nextDouble();
		int low = 0;
		int high = this.cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.cumulative[mid] < r) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return this.vocabulary[low];
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
