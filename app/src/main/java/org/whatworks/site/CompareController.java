package org.whatworks.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.network.NetworkContent;

/**
 * Two to four entries from any centres side by side. The entries are in the URL
 * ({@code /compare?e=education/feedback&e=crime/cctv}), so no session is needed.
 */
@Controller
class CompareController {

	static final int MAX = 4;

	/**
	 * The rows of the comparison, in order: the same for the table and stacked options.
	 */
	static final List<Row> ROWS = List.of(new Row("centre", "Centre"), new Row("summary", "Summary"),
			new Row("band", "Network evidence band"), new Row("strength", "Strength of evidence"),
			new Row("rating", "The centre's own rating"), new Row("findings", "Findings"),
			new Row("cost-band", "Cost band"), new Row("cost-pounds", "Cost in pounds"),
			new Row("implementation", "What it takes to deliver"), new Row("setting", "Setting"),
			new Row("need", "Level of need"), new Row("delivery", "Delivery"),
			new Row("evidence-from", "Where the evidence comes from"), new Row("reviewed", "Last reviewed"));

	/**
	 * One row of the comparison.
	 *
	 * @param id what the row shows (the template's case)
	 * @param label its heading
	 */
	record Row(String id, String label) {
	}

	private final NetworkContent content;

	CompareController(NetworkContent content) {
		this.content = content;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(name = "e", required = false) List<String> refs, Model model) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		Set<String> unique = new LinkedHashSet<>();
		if (refs != null) {
			refs.stream().filter((ref) -> ref != null && !ref.isBlank()).map(String::strip).forEach(unique::add);
		}
		List<String> problems = new ArrayList<>();
		if (unique.size() > MAX) {
			problems.add("e: you can compare at most " + MAX + " entries at once (found " + unique.size() + ")");
		}
		List<EvidenceEntry> entries = new ArrayList<>();
		for (String ref : unique) {
			if (!ref.matches("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*")) {
				problems.add("e: '" + ref + "' is not an entry reference; allowed: centre/entry, such as "
						+ example(catalogue));
				continue;
			}
			catalogue.entry(EntryRef.parse(ref, null))
				.ifPresentOrElse(entries::add,
						() -> problems.add("e: there is no entry '" + ref
								+ "'; allowed: centre/entry as in the address of an entry page, such as "
								+ example(catalogue)));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		List<String> removeUrls = new ArrayList<>();
		for (EvidenceEntry entry : entries) {
			removeUrls.add(url(entries.stream().filter((other) -> other != entry).toList()));
		}
		model.addAttribute("entries", entries);
		model.addAttribute("rows", ROWS);
		model.addAttribute("removeUrls", removeUrls);
		model.addAttribute("refs", entries.stream().map((entry) -> entry.ref().toString()).toList());
		model.addAttribute("canAdd", entries.size() < MAX);
		model.addAttribute("catalogue", catalogue);
		return "compare";
	}

	private static String example(EvidenceCatalogue catalogue) {
		return catalogue.entries().stream().findFirst().map((entry) -> entry.ref().toString()).orElse("centre/entry");
	}

	static String url(List<EvidenceEntry> entries) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/compare");
		entries.forEach((entry) -> builder.queryParam("e", entry.ref().toString()));
		return builder.encode().build().toUriString();
	}

}
