package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code taxonomies.yaml}: the centre's taxonomies and their terms.
 */
final class TaxonomiesReader extends ContentFileReader {

	private static final List<String> TERM_FIELDS = List.of("id", "label", "synonyms", "children");

	TaxonomiesReader(ContentFileReader loading) {
		super(loading);
	}

	List<Taxonomy> taxonomies(FieldReader in) {
		List<Taxonomy> taxonomies = new ArrayList<>();
		JsonNode root = in.root();
		if (!root.isArray()) {
			in.problem("", null, "must be a list of taxonomies", "a YAML list; see docs/content-format.md");
			return taxonomies;
		}
		Set<String> ids = new HashSet<>();
		int index = 0;
		for (JsonNode node : root.values()) {
			String at = "[" + index++ + "]";
			if (!in.isObject(node, at, true)) {
				continue;
			}
			in.onlyFields(node, at, List.of("id", "name", "terms"));
			String id = in.id(node, at, "id", true);
			if (id != null && !ids.add(id)) {
				in.problem(at + ".id", id, "duplicate taxonomy id", "an id not used by another taxonomy");
			}
			String name = in.text(node, at, "name", true);
			List<Term> terms = terms(in, node, at, new HashSet<>());
			if (terms.isEmpty()) {
				in.problem(at + ".terms", null, "a taxonomy needs at least one term", null);
			}
			if (id != null && name != null) {
				taxonomies.add(new Taxonomy(id, name, terms));
			}
		}
		return taxonomies;
	}

	List<Term> terms(FieldReader in, JsonNode parent, String path, Set<String> seen) {
		List<Term> terms = new ArrayList<>();
		List<JsonNode> nodes = in.list(parent, path, (parent.has("terms")) ? "terms" : "children", false);
		String listName = parent.has("terms") ? "terms" : "children";
		for (int i = 0; i < nodes.size(); i++) {
			String at = FieldReader.path(path, listName) + "[" + i + "]";
			JsonNode node = nodes.get(i);
			if (!in.isObject(node, at, true)) {
				continue;
			}
			in.onlyFields(node, at, TERM_FIELDS);
			String id = in.id(node, at, "id", true);
			if (id != null && !seen.add(id)) {
				in.problem(at + ".id", id, "duplicate term id in this taxonomy", "an id not used by another term");
			}
			String label = in.text(node, at, "label", true);
			List<Term> children = node.has("children") ? terms(in, node, at, seen) : List.of();
			if (id != null && label != null) {
				terms.add(new Term(id, label, in.strings(node, at, "synonyms"), children));
			}
		}
		return terms;
	}

	static String allowedTerms(Taxonomy taxonomy) {
		List<String> ids = taxonomy.allTerms().stream().map(Term::id).toList();
		return (ids.size() > 40) ? String.join(", ", ids.subList(0, 40)) + ", ... (" + ids.size() + " terms)"
				: String.join(", ", ids);
	}

}
