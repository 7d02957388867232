package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one reader of search parameters, for the site's pages and the API alike: {@code q},
 * each facet of the {@link SearchVocabulary} (repeatable), {@code sort}, {@code page}
 * and, where a channel takes it, {@code size}. Every problem is collected with the
 * parameter it concerns, a message for people and what the parameter allows; the site
 * shows them on a page, the API as problem details.
 * <p>
 * Blank values are ignored. Facet values and sort codes are matched ignoring case and
 * returned as the vocabulary's codes. {@code q}, {@code sort}, {@code page} and
 * {@code size} may be given once.
 */
public final class SearchParameters {

	/** The query text. */
	public static final String QUERY = "q";

	/** The sort order's code. */
	public static final String SORT = "sort";

	/** The 1-based page. */
	public static final String PAGE = "page";

	/** Results per page. */
	public static final String SIZE = "size";

	/** The placeholder for every {@code <centre>.<taxonomy>} facet in parameter lists. */
	public static final String TAXONOMY_FACET = "<centre>.<taxonomy>";

	/** Results per page when {@code size} is not given. */
	public static final int DEFAULT_SIZE = 20;

	private static final int MAX_ECHO = 80;

	private SearchParameters() {
	}

	/**
	 * One problem with a parameter.
	 *
	 * @param parameter the parameter's name
	 * @param message what is wrong and what is allowed, in a sentence
	 * @param allowed what the parameter allows, or null when the problem is not about a
	 * value (a repeated parameter)
	 */
	public record Problem(String parameter, String message, List<String> allowed) {
	}

	/** Thrown with every problem of a request; never carries a stack trace. */
	public static final class InvalidParametersException extends IllegalArgumentException {

		private final transient List<Problem> problems;

		InvalidParametersException(List<Problem> problems) {
			super(problems.get(0).message(), null);
			this.problems = List.copyOf(problems);
		}

		/** Every problem, in the order the parameters came; never empty. */
		public List<Problem> problems() {
			return this.problems;
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

	/**
	 * The parameter names search takes, for messages and documents: {@code q}, the
	 * network facets, {@link #TAXONOMY_FACET}, {@code sort}, {@code page} and, if taken,
	 * {@code size}.
	 */
	public static List<String> names(boolean withSize) {
		List<String> names = new ArrayList<>();
		names.add(QUERY);
		names.addAll(Facets.NETWORK);
		names.add(TAXONOMY_FACET);
		names.add(SORT);
		names.add(PAGE);
		if (withSize) {
			names.add(SIZE);
		}
		return names;
	}

	/**
	 * Reads a search from request parameters.
	 * @param parameters parameter name to values, as sent
	 * @param vocabulary the vocabulary of the content searched
	 * @param withSize whether {@code size} is taken; otherwise every page has
	 * {@link #DEFAULT_SIZE} results
	 * @return the search
	 * @throws InvalidParametersException listing every problem
	 */
	public static SearchRequest parse(Map<String, List<String>> parameters, SearchVocabulary vocabulary,
			boolean withSize) {
		List<Problem> problems = new ArrayList<>();
		String query = null;
		SortOrder sort = SortOrder.RELEVANCE;
		int page = 1;
		int size = DEFAULT_SIZE;
		Map<String, Set<String>> filters = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			List<String> values = (parameter.getValue() != null) ? parameter.getValue() : List.of();
			switch (name) {
				case QUERY -> query = single(name, values, problems);
				case SORT -> sort = sort(single(name, values, problems), problems);
				case PAGE ->
					page = number(name, single(name, values, problems), 1, SearchRequest.MAX_PAGE, 1, problems);
				default -> {
					if (withSize && SIZE.equals(name)) {
						size = number(name, single(name, values, problems), 1, SearchRequest.MAX_SIZE, DEFAULT_SIZE,
								problems);
					}
					else {
						filter(name, values, vocabulary, withSize, problems)
							.ifPresent((codes) -> filters.put(name, codes));
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidParametersException(problems);
		}
		return new SearchRequest(query, filters, sort, page, size);
	}

	/**
	 * The codes a request selects of one facet, checked against the vocabulary.
	 * @throws InvalidParametersException when a value or the facet is unknown
	 */
	public static Set<String> facetValues(String facet, List<String> values, SearchVocabulary vocabulary) {
		List<Problem> problems = new ArrayList<>();
		Optional<Set<String>> codes = filter(facet, values, vocabulary, false, problems);
		if (!problems.isEmpty()) {
			throw new InvalidParametersException(problems);
		}
		return codes.orElse(Set.of());
	}

	/**
	 * The parameters of a link to a search, without paging and size: {@code q} when not
	 * blank, the filters by facet name and code, and {@code sort} unless by relevance.
	 * Network facets come first, in display order, then taxonomy facets by name.
	 */
	public static Map<String, List<String>> linkParameters(SearchRequest request) {
		Map<String, List<String>> link = new LinkedHashMap<>();
		if (!request.query().isEmpty()) {
			link.put(QUERY, List.of(request.query()));
		}
		for (String facet : Facets.NETWORK) {
			Set<String> values = request.filters().get(facet);
			if (values != null) {
				link.put(facet, List.copyOf(values));
			}
		}
		request.filters().forEach((facet, values) -> link.putIfAbsent(facet, List.copyOf(values)));
		if (request.sort() != SortOrder.RELEVANCE) {
			link.put(SORT, List.of(SearchVocabulary.sortCode(request.sort())));
		}
		return link;
	}

	/** A value someone typed, cut short and with control characters replaced, quoted. */
	public static String quote(String value) {
		if (value == null) {
			return "''";
		}
		String cut = (value.length() > MAX_ECHO) ? value.substring(0, MAX_ECHO) + "…" : value;
		StringBuilder clean = new StringBuilder();
		cut.codePoints().forEach((cp) -> clean.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
		return "'" + clean + "'";
	}

	private static String single(String name, List<String> values, List<Problem> problems) {
		if (values.size() > 1) {
			problems.add(new Problem(name, "Parameter '" + name + "' may be given only once.", null));
			return null;
		}
		return (values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) ? null : values.get(0).strip();
	}

	private static int number(String name, String value, int min, int max, int defaultValue, List<Problem> problems) {
		if (value == null) {
			return defaultValue;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(new Problem(name, "Parameter '" + name + "' must be a whole number from " + min + " to " + max
				+ "; found " + quote(value) + ".", List.of(min + " to " + max)));
		return defaultValue;
	}

	private static SortOrder sort(String value, List<Problem> problems) {
		if (value == null) {
			return SortOrder.RELEVANCE;
		}
		for (SortOrder sort : SortOrder.values()) {
			if (SearchVocabulary.sortCode(sort).equalsIgnoreCase(value)) {
				return sort;
			}
		}
		List<String> codes = SearchVocabulary.sortCodes();
		problems.add(new Problem(SORT,
				"Parameter 'sort' has no value " + quote(value) + ". Allowed values: " + String.join(", ", codes) + ".",
				codes));
		return SortOrder.RELEVANCE;
	}

	private static Optional<Set<String>> filter(String name, List<String> values, SearchVocabulary vocabulary,
			boolean withSize, List<Problem> problems) {
		Optional<SearchVocabulary.Facet> facet = vocabulary.facet(name);
		if (facet.isEmpty()) {
			problems.add(unknown(name, vocabulary, withSize));
			return Optional.empty();
		}
		List<String> codes = facet.get().codes();
		Set<String> selected = new LinkedHashSet<>();
		for (String raw : values) {
			if (raw == null || raw.isBlank()) {
				continue;
			}
			String value = raw.strip();
			Optional<String> code = codes.contains(value) ? Optional.of(value)
					: codes.stream().filter((c) -> c.equalsIgnoreCase(value)).findFirst();
			if (code.isPresent()) {
				selected.add(code.get());
			}
			else {
				problems.add(new Problem(name, "Parameter '" + name + "' has no value " + quote(value)
						+ ". Allowed values: " + String.join(", ", codes) + ".", codes));
			}
		}
		return selected.isEmpty() ? Optional.empty() : Optional.of(selected);
	}

	private static Problem unknown(String name, SearchVocabulary vocabulary, boolean withSize) {
		if (name.matches("[a-z0-9-]+\\.[a-z0-9-]+")) {
			List<String> taxonomies = vocabulary.taxonomyFacets().stream().map(SearchVocabulary.Facet::name).toList();
			List<String> allowed = new ArrayList<>(Facets.NETWORK);
			allowed.addAll(taxonomies);
			return new Problem(name, "Unknown facet " + quote(name) + ". Allowed facets: "
					+ String.join(", ", Facets.NETWORK) + ", and per centre: " + String.join(", ", taxonomies) + ".",
					allowed);
		}
		List<String> names = names(withSize);
		return new Problem(name,
				"Unknown parameter " + quote(name) + ". Allowed parameters: " + String.join(", ", names) + ".", names);
	}

}
