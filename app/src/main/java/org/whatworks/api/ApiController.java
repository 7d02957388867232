package org.whatworks.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.FacetResult;
import org.whatworks.core.search.Facets;
import org.whatworks.core.search.SearchHit;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchResults;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.site.SitePaths;

/**
 * The public, read-only JSON API. Every answer carries an ETag and Cache-Control; every
 * error is RFC 9457 problem details.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Evidence", description = "Centres, the network evidence standard, entries, search and the gap map.")
class ApiController {

	private static final List<String> NONE = List.of();

	private static final String LIMIT = "limit";

	private final ApiSupport support;

	private final SearchAnswerCache answers;

	ApiController(ApiSupport support, SearchAnswerCache answers) {
		this.support = support;
		this.answers = answers;
	}

	@GetMapping("/centres")
	@Operation(summary = "List the centres",
			description = "Every centre the network serves now, in display order, with entry counts and download links.")
	@ApiResponse(responseCode = "200", description = "The centres.")
	ResponseEntity<ApiModel.CentreList> centres(HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), NONE, null);
		EvidenceCatalogue catalogue = this.support.catalogue();
		ApiMapper mapper = ApiMapper.forCurrentRequest(catalogue);
		return ApiSupport.ok(new ApiModel.CentreList(catalogue.centres().stream().map(mapper::summary).toList(),
				catalogue.unavailable().stream().map((u) -> u.id()).toList()));
	}

	@GetMapping("/centres/{centre}")
	@Operation(summary = "Describe one centre",
			description = "The centre's descriptor, its native rating scales, its taxonomies and its crosswalk onto the network evidence standard.")
	@ApiResponse(responseCode = "200", description = "The centre.")
	ResponseEntity<ApiModel.CentreDetail> centre(
			@Parameter(description = "Centre id, as listed by GET /api/v1/centres.",
					example = "education") @PathVariable String centre,
			HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), NONE, null);
		EvidenceCatalogue catalogue = this.support.catalogue();
		return ApiSupport.ok(ApiMapper.forCurrentRequest(catalogue).detail(this.support.centre(catalogue, centre)));
	}

	@GetMapping("/standard")
	@Operation(summary = "The network evidence standard",
			description = "Common effect, confidence 0-5, cost band 1-5, the evidence bands core derives from them, and the shared vocabularies (outcome domain, life stage, approach type) with their codes and labels.")
	@ApiResponse(responseCode = "200", description = "The standard.")
	ResponseEntity<ApiModel.Standard> standard(HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), NONE, null);
		return ApiSupport.ok(ApiMapper.standard());
	}

	@GetMapping("/entries/{centre}/{id}")
	@Operation(summary = "One entry in full",
			description = "The whole entry: native ratings, the network rating, findings per outcome, body sections, sources, provenance and related entries.")
	@ApiResponse(responseCode = "200", description = "The entry.")
	ResponseEntity<ApiModel.Entry> entry(
			@Parameter(description = "Centre id.", example = "education") @PathVariable String centre,
			@Parameter(description = "Entry id within the centre.", example = "feedback") @PathVariable String id,
			HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), NONE, null);
		EvidenceCatalogue catalogue = this.support.catalogue();
		EvidenceEntry entry = this.support.entry(catalogue, centre, id);
		return ApiSupport.ok(ApiMapper.forCurrentRequest(catalogue).entry(entry));
	}

	@GetMapping("/entries/{centre}/{id}/related")
	@Operation(summary = "Entries related to an entry",
			description = "The entry's explicit cross-links first, then the most similar entries of other centres.")
	@ApiResponse(responseCode = "200", description = "Related entries.")
	ResponseEntity<ApiModel.Related> related(
			@Parameter(description = "Centre id.", example = "education") @PathVariable String centre,
			@Parameter(description = "Entry id within the centre.", example = "feedback") @PathVariable String id,
			@Parameter(description = "The most entries to return, 1 to 20.",
					schema = @Schema(type = "integer", minimum = "1", maximum = "20",
							defaultValue = "6")) @RequestParam(name = LIMIT, required = false) String limit,
			HttpServletRequest request) {
		Map<String, String[]> params = request.getParameterMap();
		SearchParameters.checkNames(params, List.of(LIMIT), null);
		int max = SearchParameters.number(params, LIMIT, 1, 20, 6);
		EvidenceCatalogue catalogue = this.support.catalogue();
		EvidenceEntry entry = this.support.entry(catalogue, centre, id);
		ApiMapper mapper = ApiMapper.forCurrentRequest(catalogue);
		List<ApiModel.EntryLink> related = this.support.search()
			.related(entry.ref(), max)
			.stream()
			.map(mapper::linkTo)
			.toList();
		return ApiSupport.ok(new ApiModel.Related(mapper.linkTo(entry), related));
	}

	@GetMapping("/search")
	@Operation(summary = "Search every centre", description = """
			Searches every loaded centre, with the website's parameters. Facet parameters are repeatable: \
			values within a facet are OR-ed, facets are AND-ed. Besides the network facets, each centre \
			taxonomy is a facet named <centre>.<taxonomy> (for example education.phase=primary), listed \
			in the facets of a search narrowed to that one centre. Any other parameter, an unknown value, \
			a page outside 1-1000 or a size outside 1-100 is a 400 naming the parameter and what it allows.""")
	@ApiResponse(responseCode = "200", description = "One page of results with facets.",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ApiModel.SearchResponse.class)))
	// The parameters are documented here but read from the request by SearchParameters,
	// which checks them all: binding nineteen method arguments cost more than a cached
	// answer. Their allowed values come from the search vocabulary
	// (SearchParametersDocument).
	@Parameter(name = "q", in = ParameterIn.QUERY,
			description = "What to search for; blank browses everything. Quotes make phrases, a leading minus excludes a word.",
			example = "mentoring", schema = @Schema(type = "string"))
	@Parameter(name = Facets.CENTRE, in = ParameterIn.QUERY,
			description = "Centre ids (repeatable), as listed by GET /api/v1/centres.",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = Facets.DOMAIN, in = ParameterIn.QUERY,
			description = "Outcome domain codes (repeatable); see /api/v1/standard.",
			array = @ArraySchema(schema = @Schema(implementation = OutcomeDomain.class)))
	@Parameter(name = Facets.LIFE_STAGE, in = ParameterIn.QUERY,
			description = "Life stage codes (repeatable); see /api/v1/standard.",
			array = @ArraySchema(schema = @Schema(implementation = org.whatworks.core.standard.LifeStage.class)))
	@Parameter(name = Facets.APPROACH, in = ParameterIn.QUERY,
			description = "Approach type codes (repeatable); see /api/v1/standard.",
			array = @ArraySchema(schema = @Schema(implementation = ApproachType.class)))
	@Parameter(name = Facets.BAND, in = ParameterIn.QUERY,
			description = "Evidence band codes of the headline finding (repeatable).",
			array = @ArraySchema(schema = @Schema(implementation = EvidenceBand.class)))
	@Parameter(name = Facets.CONFIDENCE, in = ParameterIn.QUERY,
			description = "Network confidence 0-5 of the headline finding, or none when not rated (repeatable).",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = Facets.COST, in = ParameterIn.QUERY,
			description = "Network cost band 1-5, or none when not assessed (repeatable).",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = Facets.SETTING, in = ParameterIn.QUERY,
			description = "Network fit settings where the entry is delivered (repeatable), as the centre's crosswalk maps its terms or the entry states them; see /api/v1/standard.",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = Facets.NEED, in = ParameterIn.QUERY,
			description = "Levels of need the entry is for: UNIVERSAL, TARGETED or SPECIALIST (repeatable); see /api/v1/standard.",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = Facets.DELIVERY, in = ParameterIn.QUERY,
			description = "How the entry reaches people: INDIVIDUAL, GROUP, WHOLE_ORGANISATION or PLACE (repeatable); see /api/v1/standard.",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = Facets.READY, in = ParameterIn.QUERY,
			description = "yes: only entries whose centre says a manual or materials and training are available (ready to implement).",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = Facets.DESIGN, in = ParameterIn.QUERY,
			description = "Best study design of any of the entry's findings (repeatable); UNKNOWN when no finding's design is known. A design the native rating implies only as a minimum counts as that minimum.",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = Facets.REPLICATION, in = ParameterIn.QUERY,
			description = "Independent replication, the strongest any finding shows: YES, SAME_TEAM_ONLY, NO or UNKNOWN (repeatable).",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = Facets.LASTING_EFFECT, in = ParameterIn.QUERY,
			description = "A lasting effect (12 months or more): YES if any finding shows one, else NO if any is known not to, else UNKNOWN (repeatable).",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = Facets.UK_EVIDENCE, in = ParameterIn.QUERY,
			description = "UK evidence: YES if any finding has some, else NO if any is known to have none, else UNKNOWN (repeatable).",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = "sort", in = ParameterIn.QUERY, description = "The order of results.",
			schema = @Schema(type = "string", defaultValue = "relevance"))
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 1 to 1000.",
			schema = @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "1"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Results per page, 1 to 100.",
			schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
	ResponseEntity<byte[]> search(@Parameter(hidden = true) HttpServletRequest request) {
		EvidenceCatalogue catalogue = this.support.catalogue();
		SearchRequest searchRequest = SearchParameters.parse(request.getParameterMap(), catalogue);
		ApiMapper mapper = ApiMapper.forCurrentRequest(catalogue);
		return this.answers.answer(searchRequest, mapper.base(), () -> search(searchRequest, mapper));
	}

	private ApiModel.SearchResponse search(SearchRequest searchRequest, ApiMapper mapper) {
		SearchResults results = this.support.search().search(searchRequest);
		List<ApiModel.Result> hits = new ArrayList<>();
		for (SearchHit hit : results.hits()) {
			hits.add(mapper.result(hit.entry(), hit.highlights()));
		}
		Map<String, List<ApiModel.FacetValueView>> facets = new LinkedHashMap<>();
		for (FacetResult facet : results.facets().values()) {
			facets.put(facet.name(),
					facet.values()
						.stream()
						.map((v) -> new ApiModel.FacetValueView(v.value(), v.label(), v.count(), v.selected()))
						.toList());
		}
		Map<String, List<String>> filters = new LinkedHashMap<>();
		new TreeMap<>(searchRequest.filters())
			.forEach((name, values) -> filters.put(name, values.stream().sorted().toList()));
		Map<String, List<String>> linkParams = SearchParameters.linkParameters(searchRequest);
		return new ApiModel.SearchResponse(searchRequest.query(), results.total(), searchRequest.page(),
				searchRequest.size(), results.pages(), searchRequest.sort().name().toLowerCase(java.util.Locale.ROOT),
				filters, hits, facets, results.suggestion(),
				new ApiModel.Downloads(mapper.link("/data/search.csv", linkParams),
						mapper.link("/data/search.json", linkParams)),
				results.correctedQuery(), results.searchInstead(),
				results.glossary()
					.stream()
					.map((term) -> new ApiModel.GlossaryTermView(term.term(), term.definition()))
					.toList());
	}

	@GetMapping("/suggest")
	@Operation(summary = "Type-ahead suggestions",
			description = "Suggestions from entry titles and taxonomy terms for what has been typed so far.")
	@ApiResponse(responseCode = "200", description = "Suggestions, best first; none for blank text.")
	ResponseEntity<ApiModel.Suggestions> suggest(
			@Parameter(description = "The text typed so far.", required = true,
					example = "ment") @RequestParam(name = "q", required = false) String q,
			@Parameter(description = "The most suggestions, 1 to 20.",
					schema = @Schema(type = "integer", minimum = "1", maximum = "20",
							defaultValue = "8")) @RequestParam(name = LIMIT, required = false) String limit,
			HttpServletRequest request) {
		Map<String, String[]> params = request.getParameterMap();
		SearchParameters.checkNames(params, List.of("q", LIMIT), null);
		if (!params.containsKey("q")) {
			throw ApiException.badParameter("q", "Parameter 'q' is required: any text, the text typed so far.",
					List.of("any text"));
		}
		String text = SearchParameters.single(params, "q");
		int max = SearchParameters.number(params, LIMIT, 1, 20, 8);
		String typed = (text != null) ? text : "";
		if (typed.length() > SearchRequest.MAX_QUERY_LENGTH) {
			typed = typed.substring(0, SearchRequest.MAX_QUERY_LENGTH);
		}
		ApiMapper mapper = this.support.mapper();
		List<ApiModel.SuggestionView> suggestions = typed.isBlank() ? List.of() : this.support.search()
			.suggest(typed, max)
			.stream()
			.map((s) -> new ApiModel.SuggestionView(s.text(), s.kind(),
					(s.entry() != null) ? mapper.link(SitePaths.entry(s.entry().centreId(), s.entry().entryId()))
							: mapper.link(SitePaths.SEARCH, s.search())))
			.toList();
		return ApiSupport.ok(new ApiModel.Suggestions(typed, suggestions));
	}

}
