package org.whatworks.api;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.GapMap;
import org.whatworks.core.search.GapMapParameters;
import org.whatworks.core.search.SearchParameters.InvalidParametersException;
import org.whatworks.core.search.SearchParameters.Problem;
import org.whatworks.core.search.SearchVocabulary;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.network.NetworkContent;
import org.whatworks.site.SitePaths;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The evidence gap map as JSON in the API and as CSV and JSON downloads, with the filters
 * of its page: every channel renders core's {@link GapMap}, and reads its filters with
 * core's {@link GapMapParameters}.
 */
@RestController
class GapMapApi {

	static final String DESCRIPTION = "Approach type (rows) by outcome domain (columns) across the centres; each cell "
			+ "counts the entries with that approach and domain, per evidence band of their headline finding, and says "
			+ "whether it has no entries (a gap), entries but not enough evidence (each insufficient or not rated by its "
			+ "centre), or rated entries. The filters narrow the entries counted: centre, lifeStage and band are "
			+ "repeatable (any value matches); minConfidence, design (at least this design), replication, lastingEffect "
			+ "and ukEvidence (of the headline finding) may be given once. Blank values are ignored.";

	private static final CsvMapper CSV_MAPPER = new CsvMapper();

	private final ApiSupport support;

	GapMapApi(ApiSupport support) {
		this.support = support;
	}

	@GetMapping(path = "/api/v1/gap-map", produces = MediaType.APPLICATION_JSON_VALUE)
	@Tag(name = "Evidence")
	@Operation(summary = "The evidence gap map", description = DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "The matrix.")
	ResponseEntity<Matrix> gapMap(HttpServletRequest request) {
		return ApiSupport.ok(matrix(request));
	}

	@GetMapping(path = "/data/gap-map.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Tag(name = "Open data")
	@Operation(summary = "Download the gap map as JSON",
			description = "The same matrix as GET /api/v1/gap-map, with the same filters, as a file. " + DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "The download.")
	ResponseEntity<Matrix> json(HttpServletRequest request) {
		Matrix matrix = matrix(request);
		return ResponseEntity.ok()
			.cacheControl(ApiSupport.CACHE)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("gap-map.json"))
			.body(matrix);
	}

	@GetMapping(path = "/data/gap-map.csv", produces = "text/csv")
	@Tag(name = "Open data")
	@Operation(summary = "Download the gap map as CSV",
			description = "One row per cell, row by row, with the same filters as GET /api/v1/gap-map: approach, "
					+ "domain, their labels, kind, total, one count per evidence band and the search behind the cell. "
					+ DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "The download.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	ResponseEntity<String> csv(HttpServletRequest request) {
		Matrix matrix = matrix(request);
		CsvSchema.Builder columns = CsvSchema.builder();
		List.of("approach", "approach_label", "domain", "domain_label", "kind", "kind_label", "total")
			.forEach(columns::addColumn);
		for (EvidenceBand band : EvidenceBand.values()) {
			columns.addColumn(band.name().toLowerCase(java.util.Locale.ROOT));
		}
		columns.addColumn("search_url");
		StringWriter out = new StringWriter();
		try (var writer = CSV_MAPPER.writer(columns.build().withHeader()).writeValues(out)) {
			for (GapCell cell : matrix.cells()) {
				List<Object> row = new ArrayList<>(
						List.of(cell.approach().name(), cell.approach().label(), cell.domain().name(),
								cell.domain().label(), cell.kind().name(), cell.kind().label(), cell.total()));
				cell.bands().forEach((band) -> row.add(band.count()));
				row.add(cell.searchUrl().toString());
				writer.write(row);
			}
		}
		return ResponseEntity.ok()
			.cacheControl(ApiSupport.CACHE)
			.contentType(DownloadsController.CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("gap-map.csv"))
			.body(out.toString());
	}

	private Matrix matrix(HttpServletRequest request) {
		EvidenceCatalogue catalogue = this.support.catalogue();
		GapMap.Filter filter = filter(request.getParameterMap(), catalogue);
		GapMap map = GapMap.of(catalogue, filter);
		SearchVocabulary vocabulary = SearchVocabulary.of(catalogue);
		ApiMapper mapper = ApiMapper.forCurrentRequest(catalogue);
		List<GapCell> cells = new ArrayList<>();
		for (GapMap.Cell cell : map.cells()) {
			List<BandCount> bands = List.of(EvidenceBand.values())
				.stream()
				.map((b) -> new BandCount(b, b.label(), cell.count(b)))
				.toList();
			Map<String, List<String>> search = GapMapParameters.cellSearch(filter, cell.approach(), cell.domain(),
					vocabulary);
			cells.add(new GapCell(cell.approach(), cell.domain(), cell.total(), cell.kind(), bands,
					mapper.link("/api/v1/search", search), mapper.link(SitePaths.search(search))));
		}
		List<ApiModel.Code> key = List.of(GapMap.CellKind.values())
			.stream()
			.map((kind) -> new ApiModel.Code(kind.name(), kind.label(), kind.meaning()))
			.toList();
		return new Matrix(catalogue.loadedAt(), map.centres(), GapMapParameters.parameters(filter), map.entries(),
				GapMapParameters.notSearchable(filter, catalogue, vocabulary), ApiMapper.codes(ApproachType.values()),
				ApiMapper.codes(OutcomeDomain.values()), key, cells);
	}

	private static GapMap.Filter filter(Map<String, String[]> params, EvidenceCatalogue catalogue) {
		Map<String, List<String>> lists = new LinkedHashMap<>();
		params.forEach((name, values) -> lists.put(name, (values != null) ? List.of(values) : List.of()));
		try {
			return GapMapParameters.parse(lists, catalogue);
		}
		catch (InvalidParametersException ex) {
			Problem problem = ex.problems().get(0);
			throw ApiException.badParameter(problem.parameter(), problem.message(), problem.allowed());
		}
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

	@Schema(name = "GapMap",
			description = "The evidence gap map: approach type by outcome domain across the centres, with counts per evidence band and the kind of each cell.")
	record Matrix(@Schema(description = "When the content it was made from was loaded.") Instant generated,
			@Schema(description = "Centres counted (all loaded centres unless filtered).") List<String> centres,
			@Schema(description = "The filters applied, as parameter name to codes; empty when none.") Map<String, List<String>> filters,
			@Schema(description = "How many entries the filters let through.") int entries,
			@Schema(description = "Labels of the filters that the search behind each cell cannot apply, so that it may find more entries than the cell counts; empty when it matches exactly.") List<String> notSearchable,
			@Schema(description = "Rows: approach types.") List<ApiModel.Code> approaches,
			@Schema(description = "Columns: outcome domains.") List<ApiModel.Code> domains,
			@Schema(description = "The kinds of cell, with what each means.") List<ApiModel.Code> key,
			@Schema(description = "One cell per approach and domain, row by row.") List<GapCell> cells) {
	}

	@Schema(name = "GapCell", description = "One cell of the gap map.")
	record GapCell(@Schema(description = "Approach type (row).") ApproachType approach,
			@Schema(description = "Outcome domain (column).") OutcomeDomain domain,
			@Schema(description = "Entries with this approach and domain; 0 is a gap.") int total,
			@Schema(description = "NO_ENTRIES (a gap), INSUFFICIENT_EVIDENCE (entries, each insufficient or not rated) or RATED.") GapMap.CellKind kind,
			@Schema(description = "Entries per evidence band of their headline finding, every band listed.") List<BandCount> bands,
			@Schema(description = "The matching search in the API.") URI searchUrl,
			@Schema(description = "The matching search on the website.") URI pageUrl) {
	}

	@Schema(name = "BandCount", description = "How many entries have an evidence band.")
	record BandCount(@Schema(description = "Evidence band.") EvidenceBand band,
			@Schema(description = "Label.") String label, @Schema(description = "Count.") int count) {
	}

	/**
	 * Writes the filters and the values each allows into the OpenAPI document, from the
	 * same list the page's form and the reader use.
	 */
	@Component
	static class Document implements OpenApiCustomizer {

		static final List<String> PATHS = List.of("/api/v1/gap-map", "/data/gap-map.json", "/data/gap-map.csv");

		private final NetworkContent content;

		Document(NetworkContent content) {
			this.content = content;
		}

		@Override
		public void customise(OpenAPI openApi) {
			if (openApi.getPaths() == null) {
				return;
			}
			List<GapMapParameters.Option> options = GapMapParameters.options(this.content.catalogue());
			for (String path : PATHS) {
				PathItem item = openApi.getPaths().get(path);
				if (item == null || item.getGet() == null) {
					continue;
				}
				List<io.swagger.v3.oas.models.parameters.Parameter> parameters = new ArrayList<>();
				for (GapMapParameters.Option option : options) {
					StringSchema values = new StringSchema()._enum(option.codes());
					io.swagger.v3.oas.models.parameters.Parameter parameter = new io.swagger.v3.oas.models.parameters.Parameter()
						.in("query")
						.name(option.name())
						.description(option.label() + ": " + option.hint()
								+ (option.repeatable() ? " Repeatable; any value matches." : " At most once."))
						.required(false);
					if (option.repeatable()) {
						io.swagger.v3.oas.models.media.ArraySchema array = new io.swagger.v3.oas.models.media.ArraySchema();
						array.setItems(values);
						parameter.setSchema(array);
					}
					else {
						parameter.setSchema(values);
					}
					parameters.add(parameter);
				}
				item.getGet().setParameters(parameters);
			}
		}

	}

}
