package org.whatworks.api;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.SearchHit;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchResults;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Open data: every entry of one centre, of the whole network, or of any search, as JSON
 * (entries as in the API) or CSV (one row per entry, columns in the data dictionary at
 * {@code /data}).
 */
@RestController
@Tag(name = "Open data",
		description = "Downloads of entries as JSON and CSV, per centre, for the whole network and for any search.")
class DownloadsController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final String LICENCE = "Summaries in the network's own words, published under the Open Government Licence v3.0; "
			+ "ratings and findings belong to the centres named, each entry links to its source.";

	private static final CsvMapper CSV_MAPPER = new CsvMapper();

	private static final CsvSchema CSV_SCHEMA = csvSchema();

	private final ApiSupport support;

	DownloadsController(ApiSupport support) {
		this.support = support;
	}

	private static CsvSchema csvSchema() {
		CsvSchema.Builder builder = CsvSchema.builder();
		DataDictionary.names().forEach(builder::addColumn);
		return builder.build().withHeader();
	}

	@GetMapping(path = "/data/whatworks.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every entry of the network as JSON",
			description = "Every entry of every loaded centre, in full, as in GET /api/v1/entries/{centre}/{id}.")
	@ApiResponse(responseCode = "200", description = "The download.")
	ResponseEntity<ApiModel.Download> networkJson(HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), List.of(), null);
		EvidenceCatalogue catalogue = this.support.catalogue();
		return json("whatworks.json",
				download("Every entry of the What Works Network", catalogue, catalogue.centres(), catalogue.entries()));
	}

	@GetMapping(path = "/data/whatworks.csv", produces = "text/csv")
	@Operation(summary = "Every entry of the network as CSV",
			description = "One row per entry of every loaded centre; the columns are described in the data dictionary at /data.")
	@ApiResponse(responseCode = "200", description = "The download.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	ResponseEntity<String> networkCsv(HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), List.of(), null);
		EvidenceCatalogue catalogue = this.support.catalogue();
		return csv("whatworks.csv", catalogue, catalogue.entries());
	}

	@GetMapping(path = "/data/dictionary.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The data dictionary as JSON",
			description = "Every column of the CSV downloads, in order, with its type, meaning and an example: the same list the page /data shows.")
	@ApiResponse(responseCode = "200", description = "The columns.")
	ResponseEntity<ApiModel.Dictionary> dictionary(HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), List.of(), null);
		return ApiSupport.ok(new ApiModel.Dictionary(DataDictionary.COLUMNS.stream()
			.map((c) -> new ApiModel.DictionaryColumn(c.name(), c.type(), c.description(), c.example()))
			.toList()));
	}

	@GetMapping(path = "/data/centres/{centre}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every entry of one centre as JSON",
			description = "Every entry of the centre, in full, as in GET /api/v1/entries/{centre}/{id}.")
	@ApiResponse(responseCode = "200", description = "The download.")
	ResponseEntity<ApiModel.Download> centreJson(
			@Parameter(description = "Centre id.", example = "education") @PathVariable String centre,
			HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), List.of(), null);
		EvidenceCatalogue catalogue = this.support.catalogue();
		LoadedCentre loaded = this.support.centre(catalogue, centre);
		return json(loaded.id() + ".json",
				download("Every entry of " + loaded.centre().name(), catalogue, List.of(loaded), loaded.entries()));
	}

	@GetMapping(path = "/data/centres/{centre}.csv", produces = "text/csv")
	@Operation(summary = "Every entry of one centre as CSV",
			description = "One row per entry of the centre; the columns are described in the data dictionary at /data.")
	@ApiResponse(responseCode = "200", description = "The download.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	ResponseEntity<String> centreCsv(
			@Parameter(description = "Centre id.", example = "education") @PathVariable String centre,
			HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), List.of(), null);
		EvidenceCatalogue catalogue = this.support.catalogue();
		LoadedCentre loaded = this.support.centre(catalogue, centre);
		return csv(loaded.id() + ".csv", catalogue, loaded.entries());
	}

	@GetMapping(path = "/data/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Download these results as JSON",
			description = "Every result of a search (all pages, in the search's order), in full. Takes the same parameters as GET /api/v1/search; page and size are accepted and ignored.")
	@ApiResponse(responseCode = "200", description = "The download.")
	ResponseEntity<ApiModel.Download> searchJson(HttpServletRequest request) {
		EvidenceCatalogue catalogue = this.support.catalogue();
		List<EvidenceEntry> entries = searchAll(request, catalogue);
		Set<String> centres = new LinkedHashSet<>();
		entries.forEach((e) -> centres.add(e.centreId()));
		List<LoadedCentre> loaded = catalogue.centres().stream().filter((c) -> centres.contains(c.id())).toList();
		return json("search-results.json", download("Search results", catalogue, loaded, entries));
	}

	@GetMapping(path = "/data/search.csv", produces = "text/csv")
	@Operation(summary = "Download these results as CSV",
			description = "Every result of a search (all pages, in the search's order), one row per entry. Takes the same parameters as GET /api/v1/search; page and size are accepted and ignored.")
	@ApiResponse(responseCode = "200", description = "The download.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	ResponseEntity<String> searchCsv(HttpServletRequest request) {
		EvidenceCatalogue catalogue = this.support.catalogue();
		return csv("search-results.csv", catalogue, searchAll(request, catalogue));
	}

	private List<EvidenceEntry> searchAll(HttpServletRequest request, EvidenceCatalogue catalogue) {
		SearchRequest first = SearchParameters.parse(request.getParameterMap(), catalogue);
		List<EvidenceEntry> entries = new ArrayList<>();
		int page = 1;
		while (page <= SearchRequest.MAX_PAGE) {
			SearchResults results = this.support.search()
				.search(new SearchRequest(first.query(), first.filters(), first.sort(), page, SearchRequest.MAX_SIZE));
			results.hits().stream().map(SearchHit::entry).forEach(entries::add);
			if (results.hits().isEmpty() || entries.size() >= results.total()) {
				break;
			}
			page++;
		}
		return entries;
	}

	private ApiModel.Download download(String title, EvidenceCatalogue catalogue, Collection<LoadedCentre> centres,
			Collection<EvidenceEntry> entries) {
		ApiMapper mapper = ApiMapper.forCurrentRequest(catalogue);
		return new ApiModel.Download(title, catalogue.loadedAt(), LICENCE,
				centres.stream().map(mapper::summary).toList(), entries.size(),
				entries.stream().map(mapper::entry).toList());
	}

	private static ResponseEntity<ApiModel.Download> json(String filename, ApiModel.Download body) {
		return ResponseEntity.ok()
			.cacheControl(ApiSupport.CACHE)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
			.body(body);
	}

	private static ResponseEntity<String> csv(String filename, EvidenceCatalogue catalogue,
			Collection<EvidenceEntry> entries) {
		ApiMapper mapper = ApiMapper.forCurrentRequest(catalogue);
		StringWriter out = new StringWriter();
		try (var writer = CSV_MAPPER.writer(CSV_SCHEMA).writeValues(out)) {
			for (EvidenceEntry entry : entries) {
				writer.write(DataDictionary.row(mapper.entry(entry)));
			}
		}
		return ResponseEntity.ok()
			.cacheControl(ApiSupport.CACHE)
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
			.body(out.toString());
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

}
