package org.whatworks.core.content;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.Cost;
import org.whatworks.core.model.EntryFit;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EntryStatus;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.model.Implementation;
import org.whatworks.core.model.Provenance;
import org.whatworks.core.model.RatingSource;
import org.whatworks.core.model.Section;
import org.whatworks.core.model.Source;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.standard.EvidenceCriteria;
import org.whatworks.core.standard.NetworkProfile;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code entries/*.md}: every entry's front matter and body, and the links between
 * entries of the centre.
 */
final class EntriesReader extends ContentFileReader {

	private static final List<String> ENTRY_FIELDS = List.of("id", "kind", "title", "summary", "ratings", "terms",
			"findings", "sources", "related", "provenance", "qualifiers", "ratingSource", "implementation", "cost",
			"fit", "criteria", "sameAs", "includes", "searchWords");

	/** The most search words an entry may carry: more would be a list of everything. */
	static final int MAX_SEARCH_WORDS = 20;

	/** The longest search word or phrase, in characters. */
	static final int MAX_SEARCH_WORD_LENGTH = 60;

	private static final List<String> FINDING_FIELDS = List.of("outcome", "label", "ratings", "note", "qualifiers",
			"ratingSource", "criteria");

	private static final List<String> PROVENANCE_FIELDS = List.of("source", "lastReviewed", "published", "status",
			"supersededBy", "verified", "checked", "replaces", "note");

	private final RatingsReader ratings;

	private final DecisionFieldsReader decision;

	EntriesReader(ContentFileReader loading) {
		super(loading);
		this.ratings = new RatingsReader(loading);
		this.decision = new DecisionFieldsReader(loading);
	}

	List<EvidenceEntry> entries(CentreDefinition definition) {
		List<EvidenceEntry> entries = new ArrayList<>();
		List<String> files = this.source.list(CentreLoader.ENTRIES_FOLDER);
		if (files.stream().noneMatch((name) -> name.endsWith(".md"))) {
			fileProblem(CentreLoader.ENTRIES_FOLDER + "/", 0, "the centre has no entries",
					"one or more entries/<id>.md files");
		}
		Map<String, String> fileById = new HashMap<>();
		Map<String, String> fileByTitle = new HashMap<>();
		List<PendingRefs> pending = new ArrayList<>();
		for (String name : files) {
			String file = CentreLoader.ENTRIES_FOLDER + "/" + name;
			if (!name.endsWith(".md")) {
				fileProblem(file, 0, "not an entry file", "entries/<id>.md");
				continue;
			}
			String text = this.source.read(file).orElse("");
			EntryParts parts = split(file, text);
			if (parts == null) {
				continue;
			}
			FieldReader in = parse(file, parts.frontMatter(), 1);
			if (in == null) {
				continue;
			}
			String declaredId = FieldReader.scalar(in.root().get("id"));
			if (declaredId != null) {
				String otherFile = fileById.putIfAbsent(declaredId, file);
				if (otherFile != null) {
					in.problem("id", declaredId, "duplicate entry id: " + otherFile + " uses it too", "a unique id");
				}
			}
			EvidenceEntry entry = entry(in, definition, name.substring(0, name.length() - 3), parts, pending);
			if (entry == null) {
				continue;
			}
			String titleKey = entry.title().strip().toLowerCase(java.util.Locale.ROOT);
			String sameTitle = fileByTitle.putIfAbsent(titleKey, file);
			if (sameTitle != null) {
				in.problem("title", entry.title(), "duplicate title: " + sameTitle + " uses it too",
						"a title no other entry of this centre has");
			}
			entries.add(entry);
		}
		Map<String, EvidenceEntry> byId = new HashMap<>();
		entries.forEach((entry) -> byId.put(entry.id(), entry));
		for (PendingRefs refs : pending) {
			refs.check(fileById.keySet());
			refs.checkReplaced(byId);
		}
		return entries;
	}

	EntryParts split(String file, String text) {
		String normalised = withoutByteOrderMark(text).replace("\r\n", "\n");
		if (!normalised.startsWith("---\n")) {
			fileProblem(file, 1, "an entry file must start with YAML front matter between '---' lines",
					"---\\n<fields>\\n---\\n<Markdown body>");
			return null;
		}
		int end = normalised.indexOf("\n---\n", 3);
		if (end < 0 && normalised.endsWith("\n---")) {
			end = normalised.length() - 4;
		}
		if (end < 0) {
			fileProblem(file, 1, "the front matter is not closed by a '---' line", null);
			return null;
		}
		String frontMatter = normalised.substring(4, end + 1);
		int bodyStart = Math.min(normalised.length(), end + 5);
		int bodyLineOffset = (int) normalised.substring(0, bodyStart).chars().filter((c) -> c == '\n').count();
		return new EntryParts(frontMatter, normalised.substring(bodyStart), bodyLineOffset);
	}

	EvidenceEntry entry(FieldReader in, CentreDefinition definition, String fileId, EntryParts parts,
			List<PendingRefs> pending) {
		JsonNode root = in.root();
		if (!in.isObject(root, "", true)) {
			return null;
		}
		in.onlyFields(root, "", ENTRY_FIELDS);
		int before = this.problems.size();
		String id = in.id(root, "", "id", true);
		if (id != null && !id.equals(fileId)) {
			in.problem("id", id, "does not match the file name", fileId);
		}
		String kind = in.text(root, "", "kind", true);
		String title = in.text(root, "", "title", true);
		String summary = in.text(root, "", "summary", true);
		Map<String, String> ratings = this.ratings.ratings(in, root, "", "ratings", definition);
		Map<String, List<String>> qualifiers = this.ratings.qualifiers(in, root, "", ratings, definition);
		RatingSource ratingSource = this.ratings.ratingSource(in, root, "", definition.centre());
		CriteriaReader.Stated entryCriteria = CriteriaReader.stated(in, root, "");
		Map<String, List<String>> terms = new TreeMap<>();
		in.map(root, "", "terms", (at, node) -> {
			String taxonomyId = at.substring(at.lastIndexOf('.') + 1);
			Optional<Taxonomy> taxonomy = definition.taxonomy(taxonomyId);
			if (taxonomy.isEmpty()) {
				in.problem(at, taxonomyId, "unknown taxonomy",
						String.join(", ", definition.taxonomies().stream().map(Taxonomy::id).toList()));
				return null;
			}
			List<String> ids = in.strings(root.get("terms"), at.substring(0, at.lastIndexOf('.')), taxonomyId);
			for (int i = 0; i < ids.size(); i++) {
				if (taxonomy.get().term(ids.get(i)).isEmpty()) {
					in.problem(at + "[" + i + "]", ids.get(i), "unknown term of taxonomy '" + taxonomyId + "'",
							TaxonomiesReader.allowedTerms(taxonomy.get()));
				}
			}
			terms.put(taxonomyId, ids);
			return ids;
		});
		List<Finding> findings = new ArrayList<>();
		List<JsonNode> findingNodes = in.list(root, "", "findings", true);
		if (root.has("findings") && findingNodes.isEmpty()) {
			in.problem("findings", null, "an entry needs at least one finding", null);
		}
		Optional<Taxonomy> outcomes = definition.taxonomy(definition.centre().outcomeTaxonomy());
		for (int i = 0; i < findingNodes.size(); i++) {
			String at = "findings[" + i + "]";
			JsonNode node = findingNodes.get(i);
			if (!in.isObject(node, at, true)) {
				continue;
			}
			in.onlyFields(node, at, FINDING_FIELDS);
			String outcome = in.id(node, at, "outcome", true);
			if (outcome != null && outcomes.isPresent() && outcomes.get().term(outcome).isEmpty()) {
				in.problem(at + ".outcome", outcome,
						"unknown outcome: not a term of taxonomy '" + outcomes.get().id() + "'",
						TaxonomiesReader.allowedTerms(outcomes.get()));
			}
			Map<String, String> findingRatings = this.ratings.ratings(in, node, at, "ratings", definition);
			Map<String, List<String>> findingQualifiers = this.ratings.qualifiers(in, node, at, findingRatings,
					definition);
			RatingSource findingSource = this.ratings.ratingSource(in, node, at, definition.centre());
			if (!findingRatings.isEmpty() && findingSource == null && ratingSource == null && !node.has("ratingSource")
					&& !root.has("ratingSource")) {
				in.problem(at + ".ratings", null, RatingsReader.RATING_WITHOUT_SOURCE,
						RatingsReader.RATING_SOURCE_FORM);
			}
			String note = in.text(node, at, "note", false);
			boolean findingRated = !findingRatings.isEmpty() || !ratings.isEmpty();
			EvidenceCriteria criteria = CriteriaReader.resolve(in, definition, ratings, findingRatings, entryCriteria,
					CriteriaReader.stated(in, node, at));
			if (outcome != null) {
				findings.add(new Finding(outcome, in.text(node, at, "label", false), findingRatings, note,
						NetworkPositions.rate(definition, ratings, qualifiers, findingRatings, findingQualifiers),
						findingQualifiers,
						findingRated ? ((findingSource != null) ? findingSource : ratingSource) : null, criteria));
			}
		}
		List<Source> sources = new ArrayList<>();
		List<JsonNode> sourceNodes = in.list(root, "", "sources", true);
		if (root.has("sources") && sourceNodes.isEmpty()) {
			in.problem("sources", null, "an entry needs at least one source", "- { title: ..., url: https://... }");
		}
		for (int i = 0; i < sourceNodes.size(); i++) {
			String at = "sources[" + i + "]";
			JsonNode node = sourceNodes.get(i);
			if (!in.isObject(node, at, true)) {
				continue;
			}
			in.onlyFields(node, at, List.of("title", "url"));
			String sourceTitle = in.text(node, at, "title", true);
			URI url = in.url(node, at, "url", true);
			if (sourceTitle != null && url != null) {
				sources.add(new Source(sourceTitle, url));
			}
		}
		List<String> relatedText = in.strings(root, "", "related");
		List<EntryRef> related = new ArrayList<>();
		for (int i = 0; i < relatedText.size(); i++) {
			EntryRef ref = ref(in, "related[" + i + "]", relatedText.get(i));
			if (ref != null) {
				related.add(ref);
			}
		}
		List<String> sameAsText = in.strings(root, "", "sameAs");
		List<EntryRef> sameAs = new ArrayList<>();
		Map<String, Integer> fieldLines = new HashMap<>();
		for (int i = 0; i < sameAsText.size(); i++) {
			String at = "sameAs[" + i + "]";
			EntryRef ref = ref(in, at, sameAsText.get(i));
			if (ref == null) {
				continue;
			}
			if (ref.centreId().equals(this.centreId)) {
				in.problem(at, sameAsText.get(i),
						"sameAs links entries of different centres; an entry of this centre belongs under related",
						"<centre-id>/<entry-id> of another centre");
				continue;
			}
			if (sameAs.contains(ref)) {
				in.problem(at, sameAsText.get(i), "is listed twice", "each entry once");
				continue;
			}
			sameAs.add(ref);
			fieldLines.put("sameAs[" + (sameAs.size() - 1) + "]", in.line(at));
		}
		List<String> includesText = in.strings(root, "", "includes");
		List<EntryRef> includes = new ArrayList<>();
		for (int i = 0; i < includesText.size(); i++) {
			String at = "includes[" + i + "]";
			EntryRef ref = ref(in, at, includesText.get(i));
			if (ref == null) {
				continue;
			}
			if (ref.centreId().equals(this.centreId)) {
				in.problem(at, includesText.get(i),
						"includes links entries of different centres; an entry of this centre belongs under related",
						"<centre-id>/<entry-id> of another centre");
				continue;
			}
			if (sameAs.contains(ref)) {
				in.problem(at, includesText.get(i),
						"is also listed under sameAs; an entry is either the same approach or one named part of "
								+ "this entry's broader subject, not both",
						"the entry under sameAs or under includes, not both");
				continue;
			}
			if (includes.contains(ref)) {
				in.problem(at, includesText.get(i), "is listed twice", "each entry once");
				continue;
			}
			includes.add(ref);
			fieldLines.put("includes[" + (includes.size() - 1) + "]", in.line(at));
		}
		for (int i = 0; i < relatedText.size(); i++) {
			fieldLines.put("related[" + i + "]", in.line("related[" + i + "]"));
		}
		if (!ratings.isEmpty() && ratingSource == null && !root.has("ratingSource")) {
			in.problem("ratings", null, RatingsReader.RATING_WITHOUT_SOURCE, RatingsReader.RATING_SOURCE_FORM);
		}
		Provenance provenance = provenance(in, root);
		Implementation implementation = this.decision.implementation(in, root, definition.centre());
		Cost cost = this.decision.cost(in, root, definition.centre());
		EntryFit fit = this.decision.fit(in, root, definition, terms);
		if (this.problems.size() > before || id == null || title == null || kind == null || summary == null
				|| findings.isEmpty() || sources.isEmpty() || provenance == null) {
			return null;
		}
		MarkdownRenderer.Rendered body = MarkdownRenderer.render(parts.body(), parts.bodyLineOffset());
		for (int line : body.rawHtmlLines()) {
			this.problems.add(new ContentProblem(this.centreId, in.file(), line, "body", null,
					"raw HTML is not allowed in content", "Markdown only (headings, lists, links, emphasis, tables)"));
		}
		for (MarkdownRenderer.UnsafeLink link : body.unsafeLinks()) {
			this.problems.add(new ContentProblem(this.centreId, in.file(), link.line(), "body", link.destination(),
					"a link with a javascript:, data: or vbscript: address is not allowed in content",
					"https://, http:// or mailto: links"));
		}
		int bidi = FieldReader.firstBidiControl(parts.body());
		if (bidi >= 0) {
			int line = parts.bodyLineOffset() + 1
					+ (int) parts.body().substring(0, bidi).chars().filter((c) -> c == '\n').count();
			this.problems.add(new ContentProblem(this.centreId, in.file(), line, "body",
					"U+" + Integer.toHexString(parts.body().charAt(bidi)).toUpperCase(java.util.Locale.ROOT),
					"holds a bidirectional control character, which can make text display as something else",
					"plain text without U+202A-U+202E or U+2066-U+2069"));
		}
		List<Section> sections = body.sections()
			.stream()
			.map((section) -> new Section(section.heading(), section.markdown(), section.html()))
			.toList();
		pending.add(new PendingRefs(this.centreId, in, related, provenance.supersededBy(), provenance.replaces(), id));
		List<String> searchWords = searchWords(in, root);
		EvidenceEntry entry = new EvidenceEntry(this.centreId, id, kind, title.strip(), summary.strip(), ratings, terms,
				findings, sections, sources, related, provenance,
				NetworkPositions.profile(definition, ratings, terms, findings), in.file(), qualifiers,
				ratings.isEmpty() ? null : ratingSource, implementation, cost, fit, sameAs, includes, fieldLines,
				searchWords);
		warnAboutGaps(in, entry);
		return entry;
	}

	/**
	 * The entry's search words: each a word or short phrase, listed once, at most
	 * {@link #MAX_SEARCH_WORDS}.
	 */
	private static List<String> searchWords(FieldReader in, JsonNode root) {
		List<String> words = in.strings(root, "", "searchWords");
		List<String> kept = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < words.size(); i++) {
			String at = "searchWords[" + i + "]";
			String word = words.get(i).strip();
			if (word.isEmpty()) {
				in.problem(at, words.get(i), "is blank", "a word or short phrase people use for the entry's subject");
			}
			else if (word.length() > MAX_SEARCH_WORD_LENGTH || word.contains("\n")) {
				in.problem(at, word, "is too long for a search word",
						"a word or phrase of at most " + MAX_SEARCH_WORD_LENGTH + " characters on one line");
			}
			else if (!seen.add(word.toLowerCase(java.util.Locale.ROOT))) {
				in.problem(at, word, "is listed twice", "each search word once");
			}
			else {
				kept.add(word);
			}
		}
		if (words.size() > MAX_SEARCH_WORDS) {
			in.problem("searchWords", String.valueOf(words.size()), "lists too many search words",
					"at most " + MAX_SEARCH_WORDS + ": the words people use most, not every related word");
		}
		return kept;
	}

	EntryRef ref(FieldReader in, String at, String text) {
		EntryRef ref = EntryRef.parse(text.strip(), this.centreId);
		if (!FieldReader.ID.matcher(ref.centreId()).matches() || !FieldReader.ID.matcher(ref.entryId()).matches()) {
			in.problem(at, text, "is not an entry reference", "<entry-id> or <centre-id>/<entry-id>");
			return null;
		}
		return ref;
	}

	Provenance provenance(FieldReader in, JsonNode root) {
		JsonNode node = root.get("provenance");
		if (!in.isObject(node, "provenance", true)) {
			return null;
		}
		in.onlyFields(node, "provenance", PROVENANCE_FIELDS);
		URI source = in.url(node, "provenance", "source", true);
		LocalDate lastReviewed = in.date(node, "provenance", "lastReviewed", true);
		LocalDate published = in.date(node, "provenance", "published", false);
		EntryStatus status = in.enumValue(node, "provenance", "status", EntryStatus.class, true);
		String supersededText = in.text(node, "provenance", "supersededBy", false);
		EntryRef supersededBy = (supersededText != null) ? ref(in, "provenance.supersededBy", supersededText) : null;
		if (status == EntryStatus.SUPERSEDED && supersededText == null) {
			in.problem("provenance.supersededBy", null, "a superseded entry must name the entry that replaces it",
					"<entry-id> or <centre-id>/<entry-id>");
		}
		if (status != null && status != EntryStatus.SUPERSEDED && supersededText != null) {
			in.problem("provenance.status", status.name().toLowerCase(java.util.Locale.ROOT),
					"an entry with supersededBy must have status superseded", "superseded");
		}
		Boolean verified = in.bool(node, "provenance", "verified", true);
		LocalDate checked = in.date(node, "provenance", "checked", false);
		if (Boolean.TRUE.equals(verified) && checked == null && !node.has("checked")) {
			in.problem("provenance.checked", null, "a verified entry must say when it was checked against its source",
					"checked: YYYY-MM-DD");
		}
		List<String> replacesText = in.strings(node, "provenance", "replaces");
		List<EntryRef> replaces = new ArrayList<>();
		for (int i = 0; i < replacesText.size(); i++) {
			EntryRef ref = ref(in, "provenance.replaces[" + i + "]", replacesText.get(i));
			if (ref != null) {
				replaces.add(ref);
			}
		}
		if (source == null || lastReviewed == null || status == null || verified == null) {
			return null;
		}
		return new Provenance(source, lastReviewed, published, status, supersededBy, verified, checked, replaces,
				in.text(node, "provenance", "note", false));
	}

	void warnAboutGaps(FieldReader in, EvidenceEntry entry) {
		NetworkProfile network = entry.network();
		List<String> missing = new ArrayList<>();
		if (network.domains().isEmpty()) {
			missing.add("outcome domain");
		}
		if (network.lifeStages().isEmpty()) {
			missing.add("life stage");
		}
		if (network.approaches().isEmpty()) {
			missing.add("approach type");
		}
		if (!missing.isEmpty()) {
			this.warnings.add(new ContentProblem(this.centreId, in.file(), in.line("terms"), "terms", null,
					"no term maps to a network " + String.join(", ", missing)
							+ ", so the entry is missing from those facets and the gap map",
					"map a term in crosswalk.yaml"));
		}
	}

	record EntryParts(String frontMatter, String body, int bodyLineOffset) {
	}

}
