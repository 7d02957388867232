package org.whatworks.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.whatworks.core.content.GapMap;
import org.whatworks.core.search.Facets;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.network.NetworkContent;

/**
 * The evidence gap map: approach type by outcome domain across all centres. Each cell
 * counts the entries and spells out the spread of their evidence bands, and links to the
 * matching search.
 */
@Controller
class GapMapController {

	private final NetworkContent content;

	GapMapController(NetworkContent content) {
		this.content = content;
	}

	@GetMapping("/gap-map")
	String gapMap(Model model) {
		GapMap map = GapMap.of(this.content.catalogue());
		List<Row> rows = new ArrayList<>();
		for (ApproachType approach : ApproachType.values()) {
			List<Cell> cells = new ArrayList<>();
			for (OutcomeDomain domain : OutcomeDomain.values()) {
				String url = UriComponentsBuilder.fromPath(SitePaths.SEARCH)
					.queryParam(Facets.APPROACH, approach.name())
					.queryParam(Facets.DOMAIN, domain.name())
					.build()
					.toUriString();
				cells.add(new Cell(domain, map.count(approach, domain), map.bands(approach, domain), url));
			}
			rows.add(new Row(approach, cells));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("domains", OutcomeDomain.values());
		model.addAttribute("bands", EvidenceBand.values());
		return "gap-map";
	}

	record Row(ApproachType approach, List<Cell> cells) {
		public int total() {
			return this.cells.stream().mapToInt(Cell::count).sum();
		}
	}

	record Cell(OutcomeDomain domain, int count, Map<EvidenceBand, Integer> bands, String url) {
	}

}
