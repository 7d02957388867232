package org.whatworks.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.core.search.Facets;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SortOrder;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.OutcomeDomain;

/**
 * Reads and checks the site's search parameters: {@code q}, the facets (repeatable),
 * {@code sort}, {@code page} and {@code size}. Anything else, or a value a parameter does
 * not allow, is a {@link ApiException bad parameter} naming the parameter and what it
 * allows.
 */
final class SearchParameters {

	static final String QUERY = "q";

	static final String SORT = "sort";

	static final String PAGE = "page";

	static final String SIZE = "size";

	static final int DEFAULT_SIZE = 20;

	/** Every parameter name search takes, besides {@code <centre>.<taxonomy>}. */
	static final List<String> NAMES = List.of(QUERY, Facets.CENTRE, Facets.DOMAIN, Facets.LIFE_STAGE, Facets.APPROACH,
			Facets.BAND, Facets.CONFIDENCE, Facets.COST, SORT, PAGE, SIZE);

	static final List<String> SORTS = List.of(SortOrder.values())
		.stream()
		.map((s) -> s.name().toLowerCase(Locale.ROOT))
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

	/** Reads a search, checking every parameter. */
	static SearchRequest parse(Map<String, String[]> params, EvidenceCatalogue catalogue) {
		checkNames(params, NAMES, catalogue);
		String query = single(params, QUERY);
		SortOrder sort = sort(single(params, SORT));
		int page = number(params, PAGE, 1, SearchRequest.MAX_PAGE, 1);
		int size = number(params, SIZE, 1, SearchRequest.MAX_SIZE, DEFAULT_SIZE);
		return new SearchRequest(query, filters(params, catalogue), sort, page, size);
	}

	/** The facet filters of a request, checked against the content. */
	static Map<String, Set<String>> filters(Map<String, String[]> params, EvidenceCatalogue catalogue) {
		Map<String, Set<String>> filters = new TreeMap<>();
		params.forEach((name, values) -> {
			if (!Facets.NETWORK.contains(name) && !name.contains(".")) {
				return;
			}
			List<String> codes = allowedValues(name, catalogue);
			Set<String> selected = new LinkedHashSet<>();
			for (String raw : values) {
				if (raw == null || raw.isBlank()) {
					continue;
				}
				String value = raw.strip();
				String code = codes
					.contains(value)
							? value
							: codes.stream()
								.filter((c) -> c.equalsIgnoreCase(value))
								.findFirst()
								.orElseThrow(
										() -> ApiException.badParameter(name,
												"Parameter '" + name + "' has no value " + Problems.quote(value)
														+ ". Allowed values: " + String.join(", ", codes) + ".",
												codes));
				selected.add(code);
			}
			if (!selected.isEmpty()) {
				filters.put(name, selected);
			}
		});
		return filters;
	}

	/** The values a facet allows, as codes. */
	private static List<String> allowedValues(String facet, EvidenceCatalogue catalogue) {
		return switch (facet) {
			case Facets.CENTRE -> catalogue.centres().stream().map(LoadedCentre::id).toList();
			case Facets.DOMAIN -> names(OutcomeDomain.values());
			case Facets.LIFE_STAGE -> names(LifeStage.values());
			case Facets.APPROACH -> names(ApproachType.values());
			case Facets.BAND -> names(EvidenceBand.values());
			case Facets.CONFIDENCE -> List.of("0", "1", "2", "3", "4", "5");
			case Facets.COST -> List.of("1", "2", "3", "4", "5", "none");
			default -> taxonomyTerms(facet, catalogue);
		};
	}

	private static List<String> names(Enum<?>[] values) {
		return List.of(values).stream().map(Enum::name).toList();
	}

	private static List<String> taxonomyTerms(String facet, EvidenceCatalogue catalogue) {
		int dot = facet.indexOf('.');
		String centreId = facet.substring(0, dot);
		String taxonomyId = facet.substring(dot + 1);
		Taxonomy taxonomy = catalogue.centre(centreId)
			.flatMap((centre) -> centre.definition().taxonomy(taxonomyId))
			.orElseThrow(() -> {
				List<String> facets = taxonomyFacets(catalogue);
				return ApiException.badParameter(facet, "Unknown facet " + Problems.quote(facet) + ". Allowed facets: "
						+ String.join(", ", Facets.NETWORK) + ", and per centre: " + String.join(", ", facets) + ".",
						concat(Facets.NETWORK, facets));
			});
		return taxonomy.allTerms().stream().map(Term::id).toList();
	}

	static List<String> taxonomyFacets(EvidenceCatalogue catalogue) {
		List<String> facets = new ArrayList<>();
		for (LoadedCentre centre : catalogue.centres()) {
			centre.definition().taxonomies().forEach((t) -> facets.add(centre.id() + "." + t.id()));
		}
		return facets;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static SortOrder sort(String value) {
		if (value == null) {
			return SortOrder.RELEVANCE;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		if (!SORTS.contains(lower)) {
			throw ApiException.badParameter(SORT, "Parameter 'sort' has no value " + Problems.quote(value)
					+ ". Allowed values: " + String.join(", ", SORTS) + ".", SORTS);
		}
		return SortOrder.valueOf(lower.toUpperCase(Locale.ROOT));
	}

	/** The request's query parameters for a link to the same search (without paging). */
	static Map<String, List<String>> linkParameters(SearchRequest request) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		if (!request.query().isEmpty()) {
			query.put(QUERY, List.of(request.query()));
		}
		new TreeMap<>(request.filters()).forEach((name, values) -> query.put(name, values.stream().sorted().toList()));
		if (request.sort() != SortOrder.RELEVANCE) {
			query.put(SORT, List.of(request.sort().name().toLowerCase(Locale.ROOT)));
		}
		return query;
	}

}
