package org.whatworks.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.whatworks.core.content.UnavailableCentre;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleKind;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.network.NetworkContent;

/**
 * A centre's page: remit, its rating scales explained with how each maps to the network
 * standard, all its entries filtered by its own taxonomies, and, where it rates both
 * impact (a numeric headline scale) and cost, a cost-versus-impact chart.
 */
@Controller
class CentreController {

	private final NetworkContent content;

	CentreController(NetworkContent content) {
		this.content = content;
	}

	@GetMapping("/centres/{centreId}")
	String centre(@PathVariable String centreId, @RequestParam MultiValueMap<String, String> parameters, Model model,
			HttpServletResponse response) {
		Optional<UnavailableCentre> unavailable = this.content.catalogue()
			.unavailable()
			.stream()
			.filter((u) -> u.id().equals(centreId))
			.findFirst();
		if (unavailable.isPresent()) {
			model.addAttribute("unavailable", unavailable.get());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return "centre-unavailable";
		}
		LoadedCentre centre = this.content.catalogue()
			.centre(centreId)
			.orElseThrow(() -> new NotFoundException("There is no centre called '" + centreId + "'."));
		Map<String, Set<String>> selected = selected(centre, parameters);
		List<EvidenceEntry> entries = centre.entries()
			.stream()
			.filter((entry) -> matches(centre, entry, selected, null))
			.toList();
		List<TaxonomyFilter> filters = new ArrayList<>();
		for (Taxonomy taxonomy : centre.definition().taxonomies()) {
			List<TermOption> options = new ArrayList<>();
			for (Term term : taxonomy.allTerms()) {
				long count = centre.entries()
					.stream()
					.filter((entry) -> matches(centre, entry, selected, taxonomy.id()))
					.filter((entry) -> has(centre, taxonomy, entry, term.id()))
					.count();
				boolean isSelected = selected.getOrDefault(taxonomy.id(), Set.of()).contains(term.id());
				if (count > 0 || isSelected) {
					options.add(new TermOption(term.id(), term.label(), count, isSelected));
				}
			}
			if (!options.isEmpty()) {
				filters.add(new TaxonomyFilter(taxonomy.id(), taxonomy.name(), options));
			}
		}
		List<String[]> tags = new ArrayList<>();
		selected.forEach((taxonomyId, terms) -> terms.forEach((termId) -> {
			Map<String, Set<String>> without = new LinkedHashMap<>();
			selected.forEach((t, values) -> {
				Set<String> copy = new LinkedHashSet<>(values);
				if (t.equals(taxonomyId)) {
					copy.remove(termId);
				}
				if (!copy.isEmpty()) {
					without.put(t, copy);
				}
			});
			String label = centre.definition()
				.taxonomy(taxonomyId)
				.flatMap((taxonomy) -> taxonomy.term(termId))
				.map(Term::label)
				.orElse(termId);
			tags.add(new String[] { label, url(centreId, without) });
		}));
		model.addAttribute("centre", centre);
		model.addAttribute("scales", centre.definition().scales());
		model.addAttribute("crosswalk", centre.definition().crosswalk());
		model.addAttribute("entries", entries);
		model.addAttribute("filters", filters);
		model.addAttribute("tags", tags);
		model.addAttribute("clearUrl", "/centres/" + centreId);
		model.addAttribute("chart", CostImpactChart.of(centre).orElse(null));
		return "centre";
	}

	private static Map<String, Set<String>> selected(LoadedCentre centre, MultiValueMap<String, String> parameters) {
		Map<String, Set<String>> selected = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		parameters.forEach((name, values) -> {
			Optional<Taxonomy> taxonomy = centre.definition().taxonomy(name);
			if (taxonomy.isEmpty()) {
				problems.add("'" + name + "' is not a filter of this centre; allowed: "
						+ String.join(", ", centre.definition().taxonomies().stream().map(Taxonomy::id).toList()));
				return;
			}
			for (String value : values) {
				if (value == null || value.isBlank()) {
					continue;
				}
				if (taxonomy.get().term(value).isEmpty()) {
					problems.add(name + ": '" + value + "' is not a term of " + taxonomy.get().name() + "; allowed: "
							+ String.join(", ", taxonomy.get().allTerms().stream().map(Term::id).toList()));
				}
				else {
					selected.computeIfAbsent(name, (n) -> new LinkedHashSet<>()).add(value);
				}
			}
		});
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		return selected;
	}

	/** Whether an entry matches every selected taxonomy except the one being counted. */
	private static boolean matches(LoadedCentre centre, EvidenceEntry entry, Map<String, Set<String>> selected,
			String except) {
		for (Map.Entry<String, Set<String>> filter : selected.entrySet()) {
			if (filter.getKey().equals(except)) {
				continue;
			}
			Taxonomy taxonomy = centre.definition().taxonomy(filter.getKey()).orElseThrow();
			if (filter.getValue().stream().noneMatch((termId) -> has(centre, taxonomy, entry, termId))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the entry has the term or a narrower one (findings count for the outcome
	 * taxonomy).
	 */
	private static boolean has(LoadedCentre centre, Taxonomy taxonomy, EvidenceEntry entry, String termId) {
		Set<String> ids = new HashSet<>(entry.terms(taxonomy.id()));
		if (taxonomy.id().equals(centre.centre().outcomeTaxonomy())) {
			entry.findings().forEach((finding) -> ids.add(finding.outcome()));
		}
		Set<String> wanted = new HashSet<>();
		taxonomy.term(termId).ifPresent((term) -> collect(term, wanted));
		ids.retainAll(wanted);
		return !ids.isEmpty();
	}

	private static void collect(Term term, Set<String> into) {
		into.add(term.id());
		term.children().forEach((child) -> collect(child, into));
	}

	private static String url(String centreId, Map<String, Set<String>> filters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/centres/" + centreId);
		filters.forEach((name, values) -> values.forEach((value) -> builder.queryParam(name, value)));
		return builder.encode().build().toUriString();
	}

	/** Whether a scale is numeric (for the template). */
	static boolean numeric(RatingScale scale) {
		return scale.kind() == ScaleKind.NUMERIC || scale.kind() == ScaleKind.PROPORTION;
	}

	record TaxonomyFilter(String id, String name, List<TermOption> options) {
	}

	record TermOption(String value, String label, long count, boolean selected) {
	}

}
