package org.whatworks.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.whatworks.core.brief.Citation;
import org.whatworks.core.brief.DecisionBrief;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.network.NetworkContent;

/**
 * The shortlist and decision brief. The shortlist is in the address
 * ({@code /brief?e=education/feedback&e=crime/cctv}, up to ten), so no cookie or session
 * is needed; the brief itself is core's {@link DecisionBrief}. Parameters other than
 * {@code e} are the search the reader came from, kept for the way back.
 */
@Controller
class BriefController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType RIS = new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8);

	static final MediaType BIBTEX = new MediaType("application", "x-bibtex", StandardCharsets.UTF_8);

	private final NetworkContent content;

	private final Ratings ratings;

	private final Decisions decisions;

	BriefController(NetworkContent content, Ratings ratings, Decisions decisions) {
		this.content = content;
		this.ratings = ratings;
		this.decisions = decisions;
	}

	@GetMapping("/brief")
	String brief(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		List<EvidenceEntry> entries = entries(parameters.get("e"), catalogue);
		DecisionBrief brief = DecisionBrief.of(entries, (id) -> catalogue.centre(id).orElseThrow().centre());
		List<String> refs = entries.stream().map((entry) -> entry.ref().toString()).toList();
		List<String> removeUrls = new ArrayList<>();
		for (String ref : refs) {
			removeUrls.add(url("/brief", refs.stream().filter((other) -> !other.equals(ref)).toList(), Map.of()));
		}
		MultiValueMap<String, String> search = new LinkedMultiValueMap<>(parameters);
		search.remove("e");
		model.addAttribute("brief", brief);
		model.addAttribute("refs", refs);
		model.addAttribute("removeUrls", removeUrls);
		model.addAttribute("canAdd", refs.size() < DecisionBrief.MAX);
		model.addAttribute("max", DecisionBrief.MAX);
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("searchUrl", url("/search", refs, search));
		model.addAttribute("compareUrl",
				(refs.size() >= 2 && refs.size() <= CompareController.MAX) ? url("/compare", refs, Map.of()) : null);
		model.addAttribute("csvUrl", url("/brief.csv", refs, Map.of()));
		model.addAttribute("risUrl", url("/brief.ris", refs, Map.of()));
		model.addAttribute("bibUrl", url("/brief.bib", refs, Map.of()));
		model.addAttribute("selfUrl", SiteProperties.current() + url("/brief", refs, Map.of()));
		return "brief";
	}

	@GetMapping("/brief.csv")
	ResponseEntity<String> csv(@RequestParam(name = "e", required = false) List<String> refs) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		DecisionBrief brief = DecisionBrief.of(entries(refs, catalogue),
				(id) -> catalogue.centre(id).orElseThrow().centre());
		StringBuilder csv = new StringBuilder();
		row(csv, List.of("centre", "entry", "title", "centre_rating", "network_band", "strength_of_evidence",
				"cost_rating", "cost_pounds", "cost_unit", "cost_price_year", "cost_includes", "cost_source", "format",
				"duration", "delivered_by", "qualifications", "training", "manual_available", "licensed_provider",
				"ready_to_implement", "implementation_source", "setting", "level_of_need", "delivery", "evidence_from",
				"adapting", "status", "figures_checked", "centre_page", "sources"));
		Decisions words = this.decisions;
		for (DecisionBrief.Option option : brief.options()) {
			EvidenceEntry entry = option.entry();
			var implementation = entry.implementation();
			var cost = entry.cost();
			row(csv, java.util.Arrays
				.asList(option.centre().shortName(), entry.ref().toString(), entry.title(), String.join("; ",
						this.ratings.headline(entry).stream().map((r) -> r.scaleName() + ": " + r.label()).toList()),
						entry.network().headline().band().label(),
						this.ratings.confidence(entry.network().headline().confidence()), this.ratings.cost(entry),
						(cost != null) ? cost.amount().toPlainString() : null, (cost != null) ? cost.unit() : null,
						(cost != null) ? String.valueOf(cost.priceYear()) : null,
						(cost != null) ? cost.includes() : null, (cost != null) ? cost.source().toString() : null,
						(implementation != null) ? implementation.format() : null,
						(implementation != null) ? implementation.duration() : null,
						(implementation != null) ? implementation.deliveredBy() : null,
						(implementation != null) ? implementation.qualifications() : null,
						(implementation != null) ? implementation.training() : null,
						(implementation != null) ? words.yesNo(implementation.manual()) : null,
						(implementation != null) ? words.yesNo(implementation.licensed()) : null,
						(implementation != null && implementation.readyToImplement()) ? "Yes" : "No",
						(implementation != null) ? implementation.source().toString() : null,
						words.labels(entry.fit().settings()), words.labels(entry.fit().needs()),
						words.labels(entry.fit().deliveries()), entry.fit().evidenceFrom(), entry.fit().adapting(),
						entry.provenance().status().name().toLowerCase(java.util.Locale.ROOT),
						entry.provenance().verified() ? "Yes" : "No", entry.provenance().source().toString(),
						String.join(" ", entry.sources().stream().map((s) -> s.url().toString()).toList())));
		}
		return download(csv.toString(), CSV, "decision-brief.csv");
	}

	@GetMapping("/brief.ris")
	ResponseEntity<String> ris(@RequestParam(name = "e", required = false) List<String> refs) {
		return download(Citation.all(citations(refs), "ris"), RIS, "decision-brief.ris");
	}

	@GetMapping("/brief.bib")
	ResponseEntity<String> bibtex(@RequestParam(name = "e", required = false) List<String> refs) {
		return download(Citation.all(citations(refs), "bibtex"), BIBTEX, "decision-brief.bib");
	}

	@GetMapping("/entries/{centreId}/{entryId}/citation.ris")
	ResponseEntity<String> entryRis(@PathVariable String centreId, @PathVariable String entryId) {
		Citation citation = this.decisions.citation(entry(centreId, entryId));
		return download(citation.ris(), RIS, citation.key() + ".ris");
	}

	@GetMapping("/entries/{centreId}/{entryId}/citation.bib")
	ResponseEntity<String> entryBibtex(@PathVariable String centreId, @PathVariable String entryId) {
		Citation citation = this.decisions.citation(entry(centreId, entryId));
		return download(citation.bibtex(), BIBTEX, citation.key() + ".bib");
	}

	private EvidenceEntry entry(String centreId, String entryId) {
		LoadedCentre centre = this.content.catalogue()
			.centre(centreId)
			.orElseThrow(() -> new NotFoundException("There is no centre called '" + centreId + "'."));
		return centre.entry(entryId)
			.orElseThrow(() -> new NotFoundException(
					centre.centre().shortName() + " has no entry called '" + entryId + "'."));
	}

	private List<Citation> citations(List<String> refs) {
		return entries(refs, this.content.catalogue()).stream().map(this.decisions::citation).toList();
	}

	static List<EvidenceEntry> entries(List<String> refs, EvidenceCatalogue catalogue) {
		Set<String> unique = new LinkedHashSet<>();
		if (refs != null) {
			refs.stream().filter((ref) -> ref != null && !ref.isBlank()).map(String::strip).forEach(unique::add);
		}
		List<String> problems = new ArrayList<>();
		if (unique.size() > DecisionBrief.MAX) {
			problems.add("e: a shortlist holds at most " + DecisionBrief.MAX + " entries (found " + unique.size()
					+ "); remove some to add others");
		}
		List<EvidenceEntry> entries = new ArrayList<>();
		String example = catalogue.entries()
			.stream()
			.findFirst()
			.map((entry) -> entry.ref().toString())
			.orElse("centre/entry");
		for (String ref : unique) {
			if (!ref.matches("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*")) {
				problems.add("e: '" + ref + "' is not an entry reference; allowed: centre/entry, such as " + example);
				continue;
			}
			catalogue.entry(EntryRef.parse(ref, null))
				.ifPresentOrElse(entries::add, () -> problems.add("e: there is no entry '" + ref
						+ "'; allowed: centre/entry as in the address of an entry page, such as " + example));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		return entries;
	}

	static String url(String path, List<String> refs, Map<String, List<String>> others) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		others.forEach((name, values) -> values.forEach((value) -> builder.queryParam(name, value)));
		refs.forEach((ref) -> builder.queryParam("e", ref));
		return builder.encode().build().toUriString();
	}

	private static ResponseEntity<String> download(String body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	private static void row(StringBuilder csv, List<String> cells) {
		List<String> quoted = new ArrayList<>();
		for (String cell : cells) {
			String text = (cell != null) ? cell : "";
			if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
				text = "'" + text;
			}
			quoted.add("\"" + text.replace("\"", "\"\"") + "\"");
		}
		csv.append(String.join(",", quoted)).append("\r\n");
	}

}
