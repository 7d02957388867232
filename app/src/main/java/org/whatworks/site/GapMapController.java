package org.whatworks.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.GapMap;
import org.whatworks.core.search.GapMapParameters;
import org.whatworks.core.search.SearchParameters;
import org.whatworks.core.search.SearchParameters.InvalidParametersException;
import org.whatworks.core.search.SearchVocabulary;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.network.NetworkContent;

/**
 * The evidence gap map: approach type by outcome domain, narrowed by the filters in its
 * form (a GET form, so the address holds the whole state). Core's {@link GapMap} counts
 * and tells the kind of each cell; each cell links to the matching search.
 */
@Controller
class GapMapController {

	private final NetworkContent content;

	GapMapController(NetworkContent content) {
		this.content = content;
	}

	@GetMapping(SitePaths.GAP_MAP)
	String gapMap(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		GapMap.Filter filter;
		try {
			filter = GapMapParameters.parse(parameters, catalogue);
		}
		catch (InvalidParametersException ex) {
			throw new BadRequestException(ex.problems().stream().map(SearchParameters.Problem::message).toList());
		}
		GapMap map = GapMap.of(catalogue, filter);
		SearchVocabulary vocabulary = SearchVocabulary.of(catalogue);
		Map<String, List<String>> chosen = GapMapParameters.parameters(filter);
		List<Row> rows = new ArrayList<>();
		for (ApproachType approach : map.approaches()) {
			List<Cell> cells = new ArrayList<>();
			for (GapMap.Cell cell : map.row(approach)) {
				String url = (cell.total() > 0)
						? SitePaths.search(GapMapParameters.cellSearch(filter, approach, cell.domain(), vocabulary))
						: null;
				cells.add(new Cell(cell, url));
			}
			rows.add(new Row(approach, cells));
		}
		List<Field> fields = new ArrayList<>();
		List<String> summary = new ArrayList<>();
		for (GapMapParameters.Option option : GapMapParameters.options(catalogue)) {
			List<String> selected = chosen.getOrDefault(option.name(), List.of());
			fields.add(new Field(option, selected));
			if (!selected.isEmpty()) {
				summary.add(option.label() + ": "
						+ String.join(", ", selected.stream().map((code) -> option.values().get(code)).toList()));
			}
		}
		model.addAttribute("map", map);
		model.addAttribute("rows", rows);
		model.addAttribute("fields", fields);
		model.addAttribute("summary", summary);
		model.addAttribute("notSearchable", GapMapParameters.notSearchable(filter, catalogue, vocabulary));
		model.addAttribute("kinds", GapMap.CellKind.values());
		model.addAttribute("bands", EvidenceBand.values());
		model.addAttribute("csv", link("/data/gap-map.csv", chosen));
		model.addAttribute("json", link("/data/gap-map.json", chosen));
		return "gap-map";
	}

	private static String link(String path, Map<String, List<String>> parameters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		new LinkedHashMap<>(parameters)
			.forEach((name, values) -> values.forEach((value) -> builder.queryParam(name, value)));
		return builder.encode().build().toUriString();
	}

	record Row(ApproachType approach, List<Cell> cells) {
	}

	/** A cell of the map with the address of its search, or null when it is empty. */
	record Cell(GapMap.Cell cell, String url) {
	}

	/** A filter of the form with the codes chosen. */
	record Field(GapMapParameters.Option option, List<String> selected) {

		public boolean isSelected(String code) {
			return this.selected.contains(code);
		}

		public String id(String code) {
			return "gap-" + this.option.name() + "-" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
