package org.whatworks.core.search;

import java.io.IOException;
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

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.IntroSorter;

import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkTerm;
import org.whatworks.core.standard.OutcomeDomain;

/**
 * Type-ahead over entry titles and taxonomy and network terms: every word start of every
 * text, sorted by the text from there on, so that any word of a title can be completed
 * ("neighb" finds "Neighbourhood watch", "watch" too). American spellings of whole words
 * typed are folded to British before matching.
 * <p>
 * Compact, so that it scales with the index: the texts are one string, the word starts
 * positions in it, and an entry is its document. Titles come from the index's title keys
 * (no entry is read to build it); only the entries a suggestion shows are read, for their
 * titles as written and their addresses.
 */
final class Suggester {

	private static final int MAX_WORDS = 8;

	private static final int MAX_SCAN = 4000;

	private static final char END = '\u0000';

	private final Snapshot snapshot;

	/** Candidates below this number are terms; the others are documents. */
	private final List<Suggestion> terms;

	private final int[] docs;

	/** Every candidate's normalised text, each ended by {@link #END}. */
	private final String texts;

	private final int[] textStarts;

	/** Each candidate's length as written: shorter suggestions come first. */
	private final int[] lengths;

	/** Positions in {@link #texts} where a word starts, sorted by the text from there. */
	private final int[] wordStarts;

	Suggester(Snapshot snapshot) throws IOException {
		this.snapshot = snapshot;
		Map<String, Suggestion> unique = new LinkedHashMap<>();
		for (NetworkTerm term : networkTerms()) {
			String facet = (term instanceof OutcomeDomain) ? Facets.DOMAIN
					: (term instanceof LifeStage) ? Facets.LIFE_STAGE : Facets.APPROACH;
			unique.putIfAbsent("term:" + term.label(), Suggestion.ofTerm(term.label(), facet, term.name()));
		}
		for (LoadedCentre centre : snapshot.catalogue().centres()) {
			for (Taxonomy taxonomy : centre.definition().taxonomies()) {
				for (Term term : taxonomy.allTerms()) {
					unique.putIfAbsent("term:" + term.label().toLowerCase(Locale.ROOT),
							Suggestion.ofTerm(term.label(), SearchParameters.QUERY, term.label()));
				}
			}
		}
		this.terms = List.copyOf(unique.values());
		StringBuilder texts = new StringBuilder();
		IntList textStarts = new IntList();
		IntList docs = new IntList();
		IntList lengths = new IntList();
		for (Suggestion term : this.terms) {
			textStarts.add(texts.length());
			texts.append(normalise(term.text())).append(END);
			lengths.add(term.text().length());
		}
		for (LeafReaderContext leaf : snapshot.reader().leaves()) {
			SortedDocValues keys = DocValues.getSorted(leaf.reader(), IndexFields.TITLE_SORT);
			for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
				String title = DocumentFactory.titleOfSortKey(keys.lookupOrd(keys.ordValue()).utf8ToString());
				textStarts.add(texts.length());
				texts.append(normalise(title)).append(END);
				lengths.add(title.length());
				docs.add(leaf.docBase + doc);
			}
		}
		this.texts = texts.toString();
		this.textStarts = textStarts.toArray();
		this.docs = docs.toArray();
		this.lengths = lengths.toArray();
		IntList wordStarts = new IntList();
		for (int start : this.textStarts) {
			int words = 0;
			for (int at = start; this.texts.charAt(at) != END && words < MAX_WORDS; at++) {
				if (at == start || this.texts.charAt(at - 1) == ' ') {
					wordStarts.add(at);
					words++;
				}
			}
		}
		this.wordStarts = wordStarts.toArray();
		new IntroSorter() {

			private int pivot;

			@Override
			protected void swap(int i, int j) {
				int[] starts = Suggester.this.wordStarts;
				int swapped = starts[i];
				starts[i] = starts[j];
				starts[j] = swapped;
			}

			@Override
			protected void setPivot(int i) {
				this.pivot = Suggester.this.wordStarts[i];
			}

			@Override
			protected int comparePivot(int j) {
				return compareFrom(this.pivot, Suggester.this.wordStarts[j]);
			}

			@Override
			protected int compare(int i, int j) {
				return compareFrom(Suggester.this.wordStarts[i], Suggester.this.wordStarts[j]);
			}

		}.sort(0, this.wordStarts.length);
	}

	/** The texts from two positions to their ends, compared; ties in text order. */
	private int compareFrom(int a, int b) {
		for (int i = a, j = b;; i++, j++) {
			char x = this.texts.charAt(i);
			char y = this.texts.charAt(j);
			if (x != y) {
				return (x == END) ? -1 : (y == END) ? 1 : Character.compare(x, y);
			}
			if (x == END) {
				return Integer.compare(a, b);
			}
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
			for (int i = from, scanned = 0; i < this.wordStarts.length && scanned < MAX_SCAN
					&& this.texts.startsWith(p, this.wordStarts[i]); i++, scanned++) {
				int candidate = candidateAt(this.wordStarts[i]);
				int rank = this.texts.startsWith(p, this.textStarts[candidate]) ? 0 : 1;
				found.merge(candidate, new int[] { rank }, (x, y) -> (x[0] <= y[0]) ? x : y);
			}
		}
		List<Suggestion> suggestions = new ArrayList<>();
		found.entrySet()
			.stream()
			.sorted(Comparator.<Map.Entry<Integer, int[]>>comparingInt((e) -> e.getValue()[0])
				.thenComparingInt((e) -> (e.getKey() < this.terms.size()) ? 0 : 1)
				.thenComparingInt((e) -> this.lengths[e.getKey()])
				.thenComparing((e) -> text(e.getKey()))
				.thenComparingInt(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.forEach((candidate) -> {
				if (suggestions.size() < limit) {
					Suggestion suggestion = suggestion(candidate);
					if (suggestion != null) {
						suggestions.add(suggestion);
					}
				}
			});
		return suggestions;
	}

	private Suggestion suggestion(int candidate) {
		if (candidate < this.terms.size()) {
			return this.terms.get(candidate);
		}
		EvidenceEntry entry = this.snapshot.entry(this.docs[candidate - this.terms.size()]);
		return (entry != null) ? Suggestion.ofEntry(entry.title(), entry.ref()) : null;
	}

	/** The candidate whose text holds a position. */
	private int candidateAt(int position) {
		int found = Arrays.binarySearch(this.textStarts, position);
		return (found >= 0) ? found : -found - 2;
	}

	/**
	 * The normalised text: ties in length go in alphabetical order, whatever the case.
	 */
	private String text(int candidate) {
		int start = this.textStarts[candidate];
		return this.texts.substring(start, this.texts.indexOf(END, start));
	}

	/** The first word start whose text from there is not below the prefix. */
	private int lowerBound(String prefix) {
		int low = 0;
		int high = this.wordStarts.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (compareToPrefix(this.wordStarts[mid], prefix) < 0) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private int compareToPrefix(int position, String prefix) {
		for (int i = 0; i < prefix.length(); i++) {
			char x = this.texts.charAt(position + i);
			if (x == END) {
				return -1;
			}
			if (x != prefix.charAt(i)) {
				return Character.compare(x, prefix.charAt(i));
			}
		}
		return 0;
	}

	/** A growing array of ints. */
	private static final class IntList {

		private int[] values = new int[64];

		private int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

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
