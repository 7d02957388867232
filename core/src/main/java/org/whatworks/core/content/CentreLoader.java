package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.whatworks.core.model.Centre;
import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.GlossaryTerm;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.plugin.ContentSource;
import org.whatworks.core.standard.Crosswalk;

/**
 * Loads one centre's content (see {@code docs/content-format.md}) and validates all of
 * it, reporting every problem with file, line, field, value and what is allowed. Links to
 * entries of other centres are checked later, by {@link EvidenceCatalogue}, which sees
 * all centres.
 */
public final class CentreLoader extends ContentFileReader {

	static final String CENTRE_FILE = "centre.yaml";

	static final String SCALES_FILE = "scales.yaml";

	static final String TAXONOMIES_FILE = "taxonomies.yaml";

	static final String CROSSWALK_FILE = "crosswalk.yaml";

	static final String SYNONYMS_FILE = "synonyms.yaml";

	static final String GLOSSARY_FILE = "glossary.yaml";

	static final String ENTRIES_FOLDER = "entries";

	static final String HISTORY_FILE = HistoryFile.NAME;

	private CentreLoader(ContentSource source, String centreId) {
		super(source, centreId, new ArrayList<>(), new ArrayList<>());
	}

	/**
	 * Loads and validates a centre.
	 * @param source where the centre's files are
	 * @param centreId the id its plugin declares; the descriptor must agree
	 * @return the loaded centre
	 * @throws ContentValidationException listing every problem found
	 */
	public static LoadedCentre load(ContentSource source, String centreId) {
		return new CentreLoader(source, centreId).load();
	}

	private LoadedCentre load() {
		CentreDescriptorReader descriptor = new CentreDescriptorReader(this);
		FieldReader centreFile = read(CENTRE_FILE, true);
		Centre centre = (centreFile != null) ? descriptor.centre(centreFile) : null;
		FieldReader scalesFile = read(SCALES_FILE, true);
		List<RatingScale> scales = (scalesFile != null) ? new ScalesReader(this).scales(scalesFile) : List.of();
		FieldReader taxonomiesFile = read(TAXONOMIES_FILE, true);
		List<Taxonomy> taxonomies = (taxonomiesFile != null) ? new TaxonomiesReader(this).taxonomies(taxonomiesFile)
				: List.of();
		FieldReader crosswalkFile = read(CROSSWALK_FILE, true);
		Crosswalk crosswalk = (crosswalkFile != null)
				? new CrosswalkReader(this).crosswalk(crosswalkFile, scales, taxonomies)
				: new Crosswalk("", Map.of(), Set.of(), Map.of());
		FieldReader synonymsFile = read(SYNONYMS_FILE, false);
		List<List<String>> synonyms = (synonymsFile != null) ? new SynonymsReader(this).synonyms(synonymsFile)
				: List.of();
		FieldReader glossaryFile = read(GLOSSARY_FILE, false);
		List<GlossaryTerm> glossary = (glossaryFile != null) ? new GlossaryReader(this).glossary(glossaryFile)
				: List.of();
		if (centre != null && centreFile != null) {
			descriptor.checkCentreReferences(centreFile, centre, scales, taxonomies);
		}
		if (centre == null) {
			throw new ContentValidationException("Centre '" + this.centreId + "' (" + this.source.describe() + ")",
					this.problems);
		}
		CentreDefinition definition = new CentreDefinition(centre, scales, taxonomies, crosswalk, synonyms, glossary);
		List<EvidenceEntry> entries = new EntriesReader(this).entries(definition);
		FieldReader historyFile = (entries instanceof OnDemandEntries) ? null : read(HISTORY_FILE, false);
		Map<String, List<RatingRecord>> history = (historyFile != null)
				? new HistoryReader(this).history(historyFile, definition, entries) : Map.of();
		if (!this.problems.isEmpty()) {
			throw new ContentValidationException("Centre '" + this.centreId + "' (" + this.source.describe() + ")",
					this.problems);
		}
		entries.sort(Comparator.comparing(EvidenceEntry::title, String.CASE_INSENSITIVE_ORDER));
		return new LoadedCentre(definition, entries, this.warnings, this.source.describe(), history);
	}

}
