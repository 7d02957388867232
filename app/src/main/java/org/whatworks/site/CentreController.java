package org.whatworks.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.UnavailableCentre;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleKind;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.FacetResult;
import org.whatworks.core.search.FacetValue;
import org.whatworks.core.search.Facets;
import org.whatworks.core.search.SearchHit;
import org.whatworks.core.search.SearchParameters;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchResults;
import org.whatworks.network.NetworkContent;

/**
 * A centre's page: remit, its rating scales explained with how each maps to the network
 * standard, a cost-versus-impact chart where it rates both impact (a numeric headline
 * scale) and cost, and its entries as a search narrowed to the centre: the same
 * parameters as {@code /search}, read by the same reader, filtered by the centre's own
 * taxonomies with search's drill-sideways counts.
 */
@Controller
class CentreController {

	private final NetworkContent content;

	private final ObjectProvider<EvidenceSearch> search;

	CentreController(NetworkContent content, ObjectProvider<EvidenceSearch> search) {
		this.content = content;
		this.search = search;
	}

	@GetMapping("/centres/{centreId}")
	String centre(@PathVariable String centreId, @RequestParam MultiValueMap<String, String> parameters, Model model,
			HttpServletResponse response) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		Optional<UnavailableCentre> unavailable = catalogue.unavailable()
			.stream()
			.filter((u) -> u.id().equals(centreId))
			.findFirst();
		if (unavailable.isPresent()) {
			model.addAttribute("unavailable", unavailable.get());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return "centre-unavailable";
		}
		LoadedCentre centre = catalogue.centre(centreId)
			.orElseThrow(() -> new NotFoundException("There is no centre called '" + centreId + "'."));
		SearchState state = state(centre, parameters, catalogue);
		model.addAttribute("centre", centre);
		model.addAttribute("scales", centre.definition().scales());
		model.addAttribute("crosswalk", centre.definition().crosswalk());
		model.addAttribute("chart", CostImpactChart.of(centre).orElse(null));
		model.addAttribute("state", state);
		EvidenceSearch service = this.search.getIfAvailable();
		if (service == null) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			model.addAttribute("searchUnavailable", true);
			model.addAttribute("entries", List.of());
			model.addAttribute("total", 0L);
			model.addAttribute("filters", List.of());
			model.addAttribute("decisionFilters", List.of());
			model.addAttribute("tags", List.of());
			return "centre";
		}
		SearchRequest request = state.request();
		SearchResults results = service.search(new SearchRequest(request.query(), request.filters(), request.sort(),
				request.page(), SearchRequest.MAX_SIZE));
		List<FacetResult> filters = results.facets()
			.values()
			.stream()
			.filter((facet) -> facet.name().startsWith(centreId + ".") && !facet.values().isEmpty())
			.toList();
		List<FacetResult> decisionFilters = Facets.DECISION.stream()
			.map(results.facets()::get)
			.filter((facet) -> facet != null && !facet.values().isEmpty())
			.toList();
		List<String[]> tags = new ArrayList<>();
		for (String[] selection : state.selections()) {
			if (Facets.CENTRE.equals(selection[0])) {
				continue;
			}
			String label = Optional.ofNullable(results.facets().get(selection[0]))
				.flatMap((facet) -> facet.values().stream().filter((v) -> v.value().equals(selection[1])).findFirst())
				.map(FacetValue::label)
				.orElse(selection[1]);
			tags.add(new String[] { label, state.without(selection[0], selection[1]) });
		}
		model.addAttribute("entries", results.hits().stream().map(SearchHit::entry).toList());
		model.addAttribute("total", results.total());
		model.addAttribute("filters", filters);
		model.addAttribute("decisionFilters", decisionFilters);
		model.addAttribute("tags", tags);
		return "centre";
	}

	/**
	 * The search the page shows: the request's parameters, read as {@code /search} reads
	 * them, narrowed to this centre. A {@code centre} parameter naming another centre is
	 * a bad request.
	 */
	private static SearchState state(LoadedCentre centre, MultiValueMap<String, String> parameters,
			EvidenceCatalogue catalogue) {
		List<String> others = parameters.getOrDefault(Facets.CENTRE, List.of())
			.stream()
			.filter((value) -> value != null && !value.isBlank() && !value.strip().equals(centre.id()))
			.toList();
		if (!others.isEmpty()) {
			throw new BadRequestException(List.of("Parameter 'centre' must be " + SearchParameters.quote(centre.id())
					+ " on this centre's page; found " + SearchParameters.quote(others.get(0))
					+ ". Search every centre at /search."));
		}
		MultiValueMap<String, String> narrowed = new LinkedMultiValueMap<>(parameters);
		narrowed.put(Facets.CENTRE, List.of(centre.id()));
		SearchState search = SearchController.parse(narrowed, catalogue);
		return new SearchState(SitePaths.centre(centre.id()), search.query(), search.filters(), search.sort(),
				search.page());
	}

	/** Whether a scale is numeric (for the template). */
	static boolean numeric(RatingScale scale) {
		return scale.kind() == ScaleKind.NUMERIC || scale.kind() == ScaleKind.PROPORTION;
	}

}
