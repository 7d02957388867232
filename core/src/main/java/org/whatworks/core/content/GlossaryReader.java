package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.whatworks.core.model.GlossaryTerm;

/**
 * Reads {@code glossary.yaml}: the centre's jargon, abbreviations and everyday words,
 * each with what it means.
 */
final class GlossaryReader extends ContentFileReader {

	private static final List<String> FIELDS = List.of("term", "means", "definition");

	private static final String EXAMPLE = "- term: KS2\n  means: [key stage 2]\n  definition: Key Stage 2, pupils aged 7-11";

	GlossaryReader(ContentFileReader loading) {
		super(loading);
	}

	List<GlossaryTerm> glossary(FieldReader in) {
		List<GlossaryTerm> terms = new ArrayList<>();
		JsonNode root = in.root();
		if (root.isNull()) {
			return terms;
		}
		if (!root.isArray()) {
			in.problem("", null, "must be a list of glossary terms", EXAMPLE);
			return terms;
		}
		Set<String> seen = new HashSet<>();
		int index = 0;
		for (JsonNode node : root.values()) {
			String at = "[" + index++ + "]";
			if (!in.isObject(node, at, true)) {
				continue;
			}
			in.onlyFields(node, at, FIELDS);
			String term = in.text(node, at, "term", true);
			String definition = in.text(node, at, "definition", true);
			List<String> means = in.strings(node, at, "means");
			for (int i = 0; i < means.size(); i++) {
				if (means.get(i).isBlank()) {
					in.problem(FieldReader.path(at, "means") + "[" + i + "]", means.get(i), "must not be empty",
							"a word or phrase");
				}
			}
			if (term == null || definition == null) {
				continue;
			}
			if (!seen.add(term.strip().toLowerCase(Locale.ROOT))) {
				in.problem(FieldReader.path(at, "term"), term, "is already defined earlier in the glossary",
						"each term once");
				continue;
			}
			terms.add(new GlossaryTerm(term.strip(), means.stream().filter((m) -> !m.isBlank()).toList(),
					definition.strip()));
		}
		return terms;
	}

}
