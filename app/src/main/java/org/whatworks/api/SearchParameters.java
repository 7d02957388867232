package org.whatworks.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.search.Facets;
import org.whatworks.core.search.SearchParameters.InvalidParametersException;
import org.whatworks.core.search.SearchParameters.Problem;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchVocabulary;

/**
 * The API's side of core's search parameter reader
 * ({@link org.whatworks.core.search.SearchParameters}), and the checks of the other
 * endpoints' parameters. Anything else, or a value a parameter does not allow, is a
 * {@link ApiException bad parameter} naming the parameter and what it allows.
 */
final class SearchParameters {

	/** Every parameter name search takes, besides {@code <centre>.<taxonomy>}. */
	static final List<String> NAMES = org.whatworks.core.search.SearchParameters.names(true)
		.stream()
		.filter((name) -> !name.equals(org.whatworks.core.search.SearchParameters.TAXONOMY_FACET))
		.toList();

	private SearchParameters() {
	}

	/**
	 * Checks request parameters against the names an endpoint takes.
	 * @param params the request's parameters
	 * @param allowed the names allowed
	 * @param catalogue the content, or null when {@code <centre>.<taxonomy>} is not taken
	 */
	static void checkNames(Map<String, String[]> params, List<String> allowed, EvidenceCatalogue catalogue) {
		for (String name : params.keySet()) {
			if (allowed.contains(name)) {
				continue;
			}
			if (catalogue != null && name.matches("[a-z0-9-]+\\.[a-z0-9-]+")) {
				continue;
			}
			List<String> names = new ArrayList<>(allowed);
			if (catalogue != null) {
				names.add("<centre>.<taxonomy>");
			}
			String detail = names.isEmpty()
					? "Unknown parameter " + Problems.quote(name) + ": this endpoint takes no parameters."
					: "Unknown parameter " + Problems.quote(name) + ". Allowed parameters: " + String.join(", ", names)
							+ ".";
			throw ApiException.badParameter(name, detail, names);
		}
	}

	/** The single value of a parameter, or null when absent or blank. */
	static String single(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null || values.length == 0) {
			return null;
		}
		if (values.length > 1) {
			throw ApiException.badParameter(name, "Parameter '" + name + "' may be given only once.", null);
		}
		return values[0].isBlank() ? null : values[0].strip();
	}

	/** A whole number parameter within a range, or the default when absent. */
	static int number(Map<String, String[]> params, String name, int min, int max, int defaultValue) {
		String value = single(params, name);
		if (value == null) {
			return defaultValue;
		}
		List<String> allowed = List.of(min + " to " + max);
		try {
			int number = Integer.parseInt(value);
			if (number < min || number > max) {
				throw ApiException.badParameter(name, "Parameter '" + name + "' must be a whole number from " + min
						+ " to " + max + "; found " + Problems.quote(value) + ".", allowed);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw ApiException.badParameter(name, "Parameter '" + name + "' must be a whole number from " + min + " to "
					+ max + "; found " + Problems.quote(value) + ".", allowed);
		}
	}

	/** Reads a search, checking every parameter; the first problem is the answer. */
	static SearchRequest parse(Map<String, String[]> params, EvidenceCatalogue catalogue) {
		try {
			return org.whatworks.core.search.SearchParameters.parse(lists(params), SearchVocabulary.of(catalogue),
					true);
		}
		catch (InvalidParametersException ex) {
			throw badParameter(ex);
		}
	}

	/** The checked centre ids of a request's {@code centre} parameter, empty if none. */
	static Set<String> centres(Map<String, String[]> params, EvidenceCatalogue catalogue) {
		String[] values = params.get(Facets.CENTRE);
		if (values == null) {
			return Set.of();
		}
		try {
			return org.whatworks.core.search.SearchParameters.facetValues(Facets.CENTRE, List.of(values),
					SearchVocabulary.of(catalogue));
		}
		catch (InvalidParametersException ex) {
			throw badParameter(ex);
		}
	}

	private static ApiException badParameter(InvalidParametersException ex) {
		Problem problem = ex.problems().get(0);
		return ApiException.badParameter(problem.parameter(), problem.message(), problem.allowed());
	}

	private static Map<String, List<String>> lists(Map<String, String[]> params) {
		Map<String, List<String>> lists = new LinkedHashMap<>();
		params.forEach((name, values) -> lists.put(name, (values != null) ? List.of(values) : List.of()));
		return lists;
	}

	/** The request's query parameters for a link to the same search (without paging). */
	static Map<String, List<String>> linkParameters(SearchRequest request) {
		return org.whatworks.core.search.SearchParameters.linkParameters(request);
	}

}
