package org.whatworks.core.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whatworks.core.model.Centre;
import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.EvidenceEntry;

/**
 * A centre whose definition and entries loaded and validated.
 *
 * @param definition the centre's scales, taxonomies, crosswalk and synonyms
 * @param entries the entries, ordered by title; copied, unless they are
 * {@link OnDemandEntries}, which are kept as they are and read when asked for
 * @param warnings problems that do not stop the centre loading (shown in the content
 * report)
 * @param source where the content was read from
 * @param history the dated records of {@code history.yaml} by entry id, oldest first;
 * empty when the centre keeps no history
 */
public record LoadedCentre(CentreDefinition definition, List<EvidenceEntry> entries, List<ContentProblem> warnings,
		String source, Map<String, List<RatingRecord>> history) {

	public LoadedCentre {
		entries = (entries instanceof OnDemandEntries) ? entries : List.copyOf(entries);
		warnings = List.copyOf(warnings);
		Map<String, List<RatingRecord>> records = new LinkedHashMap<>();
		history.forEach((id, list) -> records.put(id, List.copyOf(list)));
		history = java.util.Collections.unmodifiableMap(records);
	}

	/** A centre that keeps no rating history. */
	public LoadedCentre(CentreDefinition definition, List<EvidenceEntry> entries, List<ContentProblem> warnings,
			String source) {
		this(definition, entries, warnings, source, Map.of());
	}

	public Centre centre() {
		return this.definition.centre();
	}

	public String id() {
		return this.definition.centre().id();
	}

	/** The entry with this id. */
	public Optional<EvidenceEntry> entry(String entryId) {
		if (this.entries instanceof OnDemandEntries onDemand) {
			return onDemand.byId(entryId);
		}
		return this.entries.stream().filter((entry) -> entry.id().equals(entryId)).findFirst();
	}

	/** Entries by id, in title order. */
	public Map<String, EvidenceEntry> entriesById() {
		Map<String, EvidenceEntry> byId = new LinkedHashMap<>();
		this.entries.forEach((entry) -> byId.put(entry.id(), entry));
		return byId;
	}

}
