package org.whatworks.core.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkTerm;
import org.whatworks.core.standard.OutcomeDomain;

/**
 * Type-ahead over entry titles and taxonomy and network terms: a sorted array of keys,
 * one for each word start of each text, so that any word of a title can be completed
 * ("neighb" finds "Neighbourhood watch", "watch" too). American spellings of whole words
 * typed are folded to British before matching.
 */
final class Suggester {

	private static final int MAX_WORDS = 8;

	private static final int MAX_SCAN = 4000;

	private final List<Suggestion> candidates = new ArrayList<>();

	private final String[] keys;

	private final int[] targets;

	Suggester(EvidenceCatalogue catalogue) {
		Map<String, Suggestion> unique = new LinkedHashMap<>();
		for (NetworkTerm term : networkTerms()) {
			String facet = (term instanceof OutcomeDomain) ? Facets.DOMAIN
					: (term instanceof LifeStage) ? Facets.LIFE_STAGE : Facets.APPROACH;
			unique.putIfAbsent("term:" + term.label(),
					new Suggestion(term.label(), "term", "/search?" + facet + "=" + term.name()));
		}
		for (LoadedCentre centre : catalogue.centres()) {
			for (Taxonomy taxonomy : centre.definition().taxonomies()) {
				for (Term term : taxonomy.allTerms()) {
					unique.putIfAbsent("term:" + term.label().toLowerCase(Locale.ROOT), new Suggestion(term.label(),
							"term", "/search?q=" + URLEncoder.encode(term.label(), StandardCharsets.UTF_8)));
				}
			}
		}
		for (EvidenceEntry entry : catalogue.entries()) {
			String url = "/entries/" + entry.centreId() + "/" + entry.id();
			unique.putIfAbsent("entry:" + url, new Suggestion(entry.title(), "entry", url));
		}
		this.candidates.addAll(unique.values());
		List<String> keyList = new ArrayList<>();
		List<Integer> targetList = new ArrayList<>();
		for (int i = 0; i < this.candidates.size(); i++) {
			String text = normalise(this.candidates.get(i).text());
			int words = 0;
			for (int start = 0; start < text.length() && words < MAX_WORDS; start++) {
				if (start == 0 || text.charAt(start - 1) == ' ') {
					keyList.add(text.substring(start) + '\u0000' + i);
					words++;
				}
			}
		}
		Integer[] order = new Integer[keyList.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparing(keyList::get));
		this.keys = new String[order.length];
		this.targets = new int[order.length];
		for (int i = 0; i < order.length; i++) {
			String key = keyList.get(order[i]);
			int nul = key.lastIndexOf('\u0000');
			this.keys[i] = key.substring(0, nul);
			this.targets[i] = Integer.parseInt(key.substring(nul + 1));
		}
	}

	private static List<NetworkTerm> networkTerms() {
		List<NetworkTerm> terms = new ArrayList<>();
		terms.addAll(List.of(OutcomeDomain.values()));
		terms.addAll(List.of(LifeStage.values()));
		terms.addAll(List.of(ApproachType.values()));
		return terms;
	}

	/** Suggestions for what has been typed so far. */
	List<Suggestion> suggest(String typed, int limit) {
		if (typed == null || limit <= 0) {
			return List.of();
		}
		String prefix = normalise(QueryText.clean(typed));
		if (prefix.isEmpty()) {
			return List.of();
		}
		Set<String> prefixes = new LinkedHashSet<>();
		prefixes.add(prefix);
		prefixes.add(foldWords(prefix));
		Map<Integer, int[]> found = new LinkedHashMap<>();
		for (String p : prefixes) {
			int from = lowerBound(p);
			for (int i = from, scanned = 0; i < this.keys.length && scanned < MAX_SCAN
					&& this.keys[i].startsWith(p); i++, scanned++) {
				int target = this.targets[i];
				String text = normalise(this.candidates.get(target).text());
				int rank = text.startsWith(p) ? 0 : 1;
				found.merge(target, new int[] { rank }, (a, b) -> (a[0] <= b[0]) ? a : b);
			}
		}
		return found.entrySet()
			.stream()
			.sorted(Comparator.<Map.Entry<Integer, int[]>>comparingInt((e) -> e.getValue()[0])
				.thenComparingInt((e) -> this.candidates.get(e.getKey()).kind().equals("term") ? 0 : 1)
				.thenComparingInt((e) -> this.candidates.get(e.getKey()).text().length())
				.thenComparing((e) -> this.candidates.get(e.getKey()).text()))
			.limit(limit)
			.map((e) -> this.candidates.get(e.getKey()))
			.toList();
	}

	private int lowerBound(String prefix) {
		int low = 0;
		int high = this.keys.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.keys[mid].compareTo(prefix) < 0) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** Lower case, accents and punctuation removed, single spaces. */
	static String normalise(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		StringBuilder out = new StringBuilder(plain.length());
		boolean space = false;
		for (int i = 0; i < plain.length(); i++) {
			char c = Character.toLowerCase(plain.charAt(i));
			if (Character.isLetterOrDigit(c)) {
				if (space && !out.isEmpty()) {
					out.append(' ');
				}
				space = false;
				out.append(c);
			}
			else if (c != '\'' && c != '\u2019') {
				space = true;
			}
		}
		return out.toString();
	}

	private static String foldWords(String text) {
		StringBuilder out = new StringBuilder();
		for (String word : text.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(SpellingVariants.fold(word));
		}
		return out.toString();
	}

}
