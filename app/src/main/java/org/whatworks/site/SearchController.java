package org.whatworks.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.FacetResult;
import org.whatworks.core.search.FacetValue;
import org.whatworks.core.search.Facets;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchResults;
import org.whatworks.core.search.SortOrder;
import org.whatworks.core.search.Suggestion;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.network.NetworkContent;

/**
 * The search results page. The URL carries the whole state (query, filters, sort, page)
 * with the same parameter names as the JSON API, so a search can be shared and
 * bookmarked.
 */
@Controller
class SearchController {

	private final NetworkContent content;

	private final ObjectProvider<EvidenceSearch> search;

	SearchController(NetworkContent content, ObjectProvider<EvidenceSearch> search) {
		this.content = content;
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam MultiValueMap<String, String> parameters, Model model, HttpServletResponse response) {
		SearchState state = parse(parameters, this.content.catalogue());
		model.addAttribute("state", state);
		model.addAttribute("sorts", SortOrder.values());
		EvidenceSearch service = this.search.getIfAvailable();
		if (service == null) {
			response.setStatus(503);
			model.addAttribute("unavailable", true);
			return "search";
		}
		SearchResults results = service.search(state.request());
		model.addAttribute("results", results);
		model.addAttribute("facets", results.facets().values());
		model.addAttribute("labels", labels(results));
		model.addAttribute("pages", pageItems(state.page(), results.pages()));
		model.addAttribute("first", (long) (state.page() - 1) * SearchState.PAGE_SIZE + 1);
		model.addAttribute("last", (long) (state.page() - 1) * SearchState.PAGE_SIZE + results.hits().size());
		return "search";
	}

	@GetMapping(path = "/search/suggest", produces = "application/json")
	@ResponseBody
	List<Suggestion> suggest(@RequestParam(name = "q", defaultValue = "") String query) {
		EvidenceSearch service = this.search.getIfAvailable();
		if (service == null || query.isBlank() || query.length() > 100) {
			return List.of();
		}
		return service.suggest(query, 8);
	}

	/** facet -> value -> label, for the selected-filter tags. */
	private static Map<String, Map<String, String>> labels(SearchResults results) {
		Map<String, Map<String, String>> labels = new LinkedHashMap<>();
		for (FacetResult facet : results.facets().values()) {
			Map<String, String> values = new LinkedHashMap<>();
			for (FacetValue value : facet.values()) {
				values.put(value.value(), value.label());
			}
			labels.put(facet.name(), values);
		}
		return labels;
	}

	/**
	 * Page numbers to link, with null for a gap: first, last, and the current page's
	 * neighbours.
	 */
	static List<Integer> pageItems(int current, int pages) {
		List<Integer> items = new ArrayList<>();
		Integer previous = null;
		for (int page = 1; page <= pages; page++) {
			if (page == 1 || page == pages || Math.abs(page - current) <= 1) {
				if (previous != null && page - previous > 1) {
					items.add(null);
				}
				items.add(page);
				previous = page;
			}
		}
		return items;
	}

	static SearchState parse(MultiValueMap<String, String> parameters, EvidenceCatalogue catalogue) {
		List<String> problems = new ArrayList<>();
		String query = "";
		SortOrder sort = SortOrder.RELEVANCE;
		int page = 1;
		Map<String, Set<String>> filters = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			List<String> values = parameter.getValue().stream().filter((v) -> v != null && !v.isBlank()).toList();
			switch (name) {
				case "q" -> query = String.join(" ", values);
				case "e" -> {
					// the reader's shortlist rides along in the address; /brief checks it
				}
				case "sort" -> {
					if (!values.isEmpty()) {
						try {
							sort = SortOrder.valueOf(values.get(0).strip().toUpperCase(Locale.ROOT));
						}
						catch (IllegalArgumentException ex) {
							problems.add("sort: '" + values.get(0) + "' is not a sort order; allowed: "
									+ Arrays.stream(SortOrder.values())
										.map((s) -> s.name().toLowerCase(Locale.ROOT))
										.collect(Collectors.joining(", ")));
						}
					}
				}
				case "page" -> {
					if (!values.isEmpty()) {
						try {
							page = Integer.parseInt(values.get(0).strip());
						}
						catch (NumberFormatException ex) {
							page = -1;
						}
						if (page < 1 || page > SearchRequest.MAX_PAGE) {
							problems.add("page: '" + values.get(0)
									+ "' is not a page number; allowed: a whole number from 1 to "
									+ SearchRequest.MAX_PAGE);
							page = 1;
						}
					}
				}
				default -> {
					List<String> allowed = allowedValues(name, catalogue);
					if (allowed == null) {
						problems.add("'" + name + "' is not a search parameter; allowed: q, "
								+ String.join(", ", Facets.NETWORK) + ", <centre>.<taxonomy>, sort, page");
					}
					else {
						for (String value : values) {
							if (allowed.contains(value)) {
								filters.computeIfAbsent(name, (n) -> new LinkedHashSet<>()).add(value);
							}
							else {
								problems.add(name + ": '" + value + "' is not a value of this filter; allowed: "
										+ String.join(", ", allowed));
							}
						}
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		return new SearchState(query, SearchState.ordered(filters), sort, page);
	}

	/** The values a filter accepts, or null when the name is not a filter. */
	static List<String> allowedValues(String facet, EvidenceCatalogue catalogue) {
		return switch (facet) {
			case Facets.CENTRE -> catalogue.centres().stream().map(LoadedCentre::id).toList();
			case Facets.DOMAIN -> Arrays.stream(OutcomeDomain.values()).map(Enum::name).toList();
			case Facets.LIFE_STAGE -> Arrays.stream(LifeStage.values()).map(Enum::name).toList();
			case Facets.APPROACH -> Arrays.stream(ApproachType.values()).map(Enum::name).toList();
			case Facets.BAND -> Arrays.stream(EvidenceBand.values()).map(Enum::name).toList();
			case Facets.CONFIDENCE -> List.of("0", "1", "2", "3", "4", "5");
			case Facets.COST -> List.of("1", "2", "3", "4", "5", "none");
			default -> taxonomyTerms(facet, catalogue);
		};
	}

	private static List<String> taxonomyTerms(String facet, EvidenceCatalogue catalogue) {
		int dot = facet.indexOf('.');
		if (dot < 0 || !Facets.isValidName(facet)) {
			return null;
		}
		return catalogue.centre(facet.substring(0, dot))
			.flatMap((centre) -> centre.definition().taxonomy(facet.substring(dot + 1)))
			.map(Taxonomy::allTerms)
			.map((terms) -> terms.stream().map(Term::id).toList())
			.orElse(null);
	}

}
