package org.whatworks.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.FacetResult;
import org.whatworks.core.search.FacetValue;
import org.whatworks.core.search.SearchParameters;
import org.whatworks.core.search.SearchParameters.InvalidParametersException;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchResults;
import org.whatworks.core.search.SearchVocabulary;
import org.whatworks.core.search.SortOrder;
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
		SearchState state = parse(parameters, this.content.catalogue()).withShortlist(shortlist(parameters));
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
	List<SuggestionLink> suggest(@RequestParam(name = "q", defaultValue = "") String query) {
		EvidenceSearch service = this.search.getIfAvailable();
		if (service == null || query.isBlank() || query.length() > 100) {
			return List.of();
		}
		return service.suggest(query, 8)
			.stream()
			.map((s) -> new SuggestionLink(s.text(), s.kind(), SitePaths.of(s)))
			.toList();
	}

	/** A suggestion as the type-ahead script reads it. */
	record SuggestionLink(String text, String kind, String url) {
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

	/**
	 * The shortlist a reader carries on the results (the {@code e} parameters): well
	 * formed references, each once, as many as a brief holds. {@code /brief} checks that
	 * they exist.
	 */
	static List<String> shortlist(MultiValueMap<String, String> parameters) {
		List<String> refs = parameters.getOrDefault("e", List.of());
		return refs.stream()
			.filter((ref) -> ref != null && SHORTLIST_REF.matcher(ref.strip()).matches())
			.map(String::strip)
			.distinct()
			.limit(org.whatworks.core.brief.DecisionBrief.MAX)
			.toList();
	}

	private static final java.util.regex.Pattern SHORTLIST_REF = java.util.regex.Pattern
		.compile("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*");

	static SearchState parse(MultiValueMap<String, String> parameters, EvidenceCatalogue catalogue) {
		try {
			// the reader's shortlist (e) rides along in the address; /brief checks it
			MultiValueMap<String, String> search = new LinkedMultiValueMap<>(parameters);
			search.remove("e");
			SearchRequest request = SearchParameters.parse(search, SearchVocabulary.of(catalogue), false);
			return new SearchState(request.query(), SearchState.ordered(request.filters()), request.sort(),
					request.page());
		}
		catch (InvalidParametersException ex) {
			throw new BadRequestException(ex.problems().stream().map(SearchParameters.Problem::message).toList());
		}
	}

}
