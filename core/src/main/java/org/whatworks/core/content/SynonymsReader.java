package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code synonyms.yaml}: words that mean the same for search.
 */
final class SynonymsReader extends ContentFileReader {

	SynonymsReader(ContentFileReader loading) {
		super(loading);
	}

	List<List<String>> synonyms(FieldReader in) {
		List<List<String>> groups = new ArrayList<>();
		JsonNode root = in.root();
		if (root.isNull()) {
			return groups;
		}
		if (!root.isArray()) {
			in.problem("", null, "must be a list of synonym groups", "- [TA, teaching assistant]");
			return groups;
		}
		int index = 0;
		for (JsonNode group : root.values()) {
			String at = "[" + index++ + "]";
			if (!group.isArray() || group.size() < 2) {
				in.problem(at, FieldReader.scalar(group), "a synonym group is a list of two or more words",
						"- [TA, teaching assistant]");
				continue;
			}
			List<String> words = new ArrayList<>();
			group.values().forEach((word) -> words.add(FieldReader.scalar(word)));
			groups.add(words);
		}
		return groups;
	}

}
