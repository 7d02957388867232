package org.whatworks.benchmarks;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.OnDemandEntries;
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
 * <p>
 * Each entry is generated from its own seed whenever it is read
 * ({@link OnDemandEntries}), so a million entries cost no heap, the way a catalogue kept
 * in a store outside the heap would behave; reading one costs about as much as parsing a
 * small content file.
 */
public final class SyntheticNetwork {

	private static final String ENTRY_PREFIX = "entry-";

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

	private final long seed;

	private final String[] vocabulary;

	private final double[] cumulative;

	public SyntheticNetwork(long seed) {
		this.seed = seed;
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
			LoadedCentre centre = centre(c, count);
			loaders.put(id, () -> centre);
		}
		return EvidenceCatalogue.load(loaders, List.of(), OnError.QUARANTINE);
	}

	private LoadedCentre centre(int index, int count) {
		String id = CENTRES.get(index);
		Random random = new Random(mix(this.seed, index, -1));
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
		List<Taxonomy> taxonomies = List.of(taxonomy(random, "outcome", 10), taxonomy(random, "approach", 14),
				taxonomy(random, "population", 8));
		CentreDefinition definition = new CentreDefinition(centre, scales, taxonomies,
				new Crosswalk("Synthetic.", Map.of(), Set.of(), Map.of()),
				List.of(List.of("kids", "children"), List.of("tagging", "electronic monitoring")));
		OnDemandEntries entries = new OnDemandEntries() {

			@Override
			public EvidenceEntry get(int n) {
				Objects.checkIndex(n, count);
				return entry(new Random(mix(SyntheticNetwork.this.seed, index, n)), id, n, taxonomies);
			}

			@Override
			public int size() {
				return count;
			}

			@Override
			public Optional<EvidenceEntry> byId(String entryId) {
				if (!entryId.startsWith(ENTRY_PREFIX)) {
					return Optional.empty();
				}
				try {
					int n = Integer.parseInt(entryId.substring(ENTRY_PREFIX.length()));
					return (n >= 0 && n < count && entryId.equals(ENTRY_PREFIX + n)) ? Optional.of(get(n))
							: Optional.empty();
				}
				catch (NumberFormatException ex) {
					return Optional.empty();
				}
			}

		};
		return new LoadedCentre(definition, entries, List.of(), "synthetic");
	}

	/**
	 * A well-spread seed for one centre's entry (or, with entry -1, the centre itself).
	 */
	private static long mix(long seed, int centre, int entry) {
		long z = seed + 0x9E3779B97F4A7C15L * (1 + centre) + 0xBF58476D1CE4E5B9L * (2L + entry);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private Taxonomy taxonomy(Random random, String id, int size) {
		List<Term> terms = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			List<Term> children = (i % 3 == 0)
					? List.of(new Term(id + "-" + i + "-a", words(random, 2), List.of(), List.of()),
							new Term(id + "-" + i + "-b", words(random, 2), List.of(), List.of()))
					: List.of();
			terms
				.add(new Term(id + "-" + i, words(random, 1 + random.nextInt(2)), List.of(words(random, 1)), children));
		}
		return new Taxonomy(id, id, terms);
	}

	private EvidenceEntry entry(Random random, String centreId, int n, List<Taxonomy> taxonomies) {
		String id = ENTRY_PREFIX + n;
		String title = capitalise(words(random, 2 + random.nextInt(5)));
		String summary = capitalise(words(random, 25 + random.nextInt(20))) + ".";
		int impact = random.nextInt(17) - 4;
		int strength = random.nextInt(6);
		Integer cost = (random.nextInt(10) == 0) ? null : 1 + random.nextInt(5);
		Map<String, String> ratings = new LinkedHashMap<>();
		ratings.put("impact", String.valueOf(impact));
		ratings.put("strength", String.valueOf(strength));
		if (cost != null) {
			ratings.put("cost", String.valueOf(cost));
		}
		Map<String, List<String>> terms = new LinkedHashMap<>();
		for (Taxonomy taxonomy : taxonomies) {
			Set<String> chosen = new LinkedHashSet<>();
			int k = 1 + random.nextInt(2);
			List<Term> all = taxonomy.allTerms();
			for (int i = 0; i < k; i++) {
				chosen.add(all.get(random.nextInt(all.size())).id());
			}
			terms.put(taxonomy.id(), List.copyOf(chosen));
		}
		Effect effect = (impact > 0) ? Effect.POSITIVE : (impact == 0) ? Effect.NO_EFFECT : Effect.NEGATIVE;
		NetworkRating rating = new NetworkRating(effect, strength, NetworkStandard.band(effect, strength));
		List<Finding> findings = List.of(
				new Finding(terms.get("outcome").get(0), "All", Map.of("impact", String.valueOf(impact)),
						capitalise(words(random, 15)) + ".", rating),
				new Finding(terms.get("outcome").get(0), "Subgroup", Map.of(), capitalise(words(random, 12)) + ".",
						NetworkRating.NOT_RATED));
		List<Section> sections = new ArrayList<>();
		for (String heading : List.of("What is it?", "Key findings", "How could you implement it?")) {
			String markdown = paragraph(random, 100 + random.nextInt(60));
			sections.add(new Section(heading, markdown, "<p>" + markdown + "</p>"));
		}
		Set<OutcomeDomain> domains = new LinkedHashSet<>(
				List.of(pick(random, OutcomeDomain.values()), pick(random, OutcomeDomain.values())));
		Set<LifeStage> lifeStages = Set.of(pick(random, LifeStage.values()));
		Set<ApproachType> approaches = new LinkedHashSet<>(
				List.of(pick(random, ApproachType.values()), pick(random, ApproachType.values())));
		NetworkProfile profile = new NetworkProfile(rating, cost, domains, lifeStages, approaches);
		LocalDate reviewed = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
		URI source = URI.create("https://" + centreId + ".example.org/" + id);
		return new EvidenceEntry(centreId, id, "strand", title, summary, ratings, terms, findings, sections,
				List.of(new Source("Source", source)), List.of(),
				new Provenance(source, reviewed, null, EntryStatus.CURRENT, null, true, null), profile,
				"entries/" + id + ".md");
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	private String paragraph(Random random, int count) {
		StringBuilder text = new StringBuilder();
		int sentence = 0;
		for (int i = 0; i < count; i++) {
			String word = word(random);
			if (sentence == 0) {
				word = capitalise(word);
			}
			text.append(word);
			sentence++;
			if (sentence > 8 && random.nextInt(6) == 0) {
				text.append(". ");
				sentence = 0;
			}
			else {
				text.append(' ');
			}
		}
		return text.toString().strip() + ".";
	}

	String words(Random random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(word(random));
		}
		return text.toString();
	}

	private String word(Random random) {
		double r = random.nextDouble();
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
