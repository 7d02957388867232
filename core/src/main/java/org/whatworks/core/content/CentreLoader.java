package org.whatworks.core.content;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.whatworks.core.internal.FieldReader;
import org.whatworks.core.internal.LocatedYaml;
import org.whatworks.core.internal.MarkdownRenderer;
import org.whatworks.core.model.Centre;
import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.DisplayHint;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EntryStatus;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.model.Owner;
import org.whatworks.core.model.Provenance;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleKind;
import org.whatworks.core.model.ScaleLevel;
import org.whatworks.core.model.Section;
import org.whatworks.core.model.Source;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.core.plugin.ContentSource;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.Crosswalk;
import org.whatworks.core.standard.CrosswalkRule;
import org.whatworks.core.standard.Effect;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkProfile;
import org.whatworks.core.standard.NetworkRating;
import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.core.standard.TermMapping;

import tools.jackson.databind.JsonNode;

/**
 * Loads one centre's content (see {@code docs/content-format.md}) and validates all of
 * it, reporting every problem with file, line, field, value and what is allowed. Links to
 * entries of other centres are checked later, by {@link EvidenceCatalogue}, which sees
 * all centres.
 */
public final class CentreLoader {

	static final String CENTRE_FILE = "centre.yaml";

	static final String SCALES_FILE = "scales.yaml";

	static final String TAXONOMIES_FILE = "taxonomies.yaml";

	static final String CROSSWALK_FILE = "crosswalk.yaml";

	static final String SYNONYMS_FILE = "synonyms.yaml";

	static final String ENTRIES_FOLDER = "entries";

	private static final List<String> CENTRE_FIELDS = List.of("id", "contractVersion", "name", "shortName", "topic",
			"remit", "website", "owner", "headline", "outcomeTaxonomy", "costUnit", "rated");

	private static final List<String> SCALE_FIELDS = List.of("id", "name", "description", "kind", "display", "levels",
			"unit", "min", "max");

	private static final List<String> LEVEL_FIELDS = List.of("code", "label", "description", "count");

	private static final List<String> TERM_FIELDS = List.of("id", "label", "synonyms", "children");

	private static final List<String> RULE_FIELDS = List.of("level", "min", "max", "minCount", "effect", "confidence",
			"costBand");

	private static final List<String> ENTRY_FIELDS = List.of("id", "kind", "title", "summary", "ratings", "terms",
			"findings", "sources", "related", "provenance");

	private static final List<String> FINDING_FIELDS = List.of("outcome", "label", "ratings", "note");

	private static final List<String> PROVENANCE_FIELDS = List.of("source", "lastReviewed", "published", "status",
			"supersededBy", "verified", "checked");

	private final ContentSource source;

	private final String centreId;

	private final List<ContentProblem> problems = new ArrayList<>();

	private final List<ContentProblem> warnings = new ArrayList<>();

	private CentreLoader(ContentSource source, String centreId) {
		this.source = source;
		this.centreId = centreId;
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
		FieldReader centreFile = read(CENTRE_FILE, true);
		Centre centre = (centreFile != null) ? centre(centreFile) : null;
		FieldReader scalesFile = read(SCALES_FILE, true);
		List<RatingScale> scales = (scalesFile != null) ? scales(scalesFile) : List.of();
		FieldReader taxonomiesFile = read(TAXONOMIES_FILE, true);
		List<Taxonomy> taxonomies = (taxonomiesFile != null) ? taxonomies(taxonomiesFile) : List.of();
		FieldReader crosswalkFile = read(CROSSWALK_FILE, true);
		Crosswalk crosswalk = (crosswalkFile != null) ? crosswalk(crosswalkFile, scales, taxonomies)
				: new Crosswalk("", Map.of(), Set.of(), Map.of());
		FieldReader synonymsFile = read(SYNONYMS_FILE, false);
		List<List<String>> synonyms = (synonymsFile != null) ? synonyms(synonymsFile) : List.of();
		if (centre != null && centreFile != null) {
			checkCentreReferences(centreFile, centre, scales, taxonomies);
		}
		if (centre == null) {
			throw new ContentValidationException("Centre '" + this.centreId + "' (" + this.source.describe() + ")",
					this.problems);
		}
		CentreDefinition definition = new CentreDefinition(centre, scales, taxonomies, crosswalk, synonyms);
		List<EvidenceEntry> entries = entries(definition);
		if (!this.problems.isEmpty()) {
			throw new ContentValidationException("Centre '" + this.centreId + "' (" + this.source.describe() + ")",
					this.problems);
		}
		entries.sort(Comparator.comparing(EvidenceEntry::title, String.CASE_INSENSITIVE_ORDER));
		return new LoadedCentre(definition, entries, this.warnings, this.source.describe());
	}

	private FieldReader read(String file, boolean required) {
		Optional<String> text = this.source.read(file);
		if (text.isEmpty()) {
			if (required) {
				fileProblem(file, 0, "the file is missing", "see docs/content-format.md for the files a centre needs");
			}
			return null;
		}
		return parse(file, text.get(), 0);
	}

	private FieldReader parse(String file, String text, int lineOffset) {
		try {
			return new FieldReader(this.centreId, file, LocatedYaml.parse(text, lineOffset), this.problems);
		}
		catch (LocatedYaml.MalformedYamlException ex) {
			fileProblem(file, ex.line(), "malformed YAML: " + ex.getMessage(), null);
			return null;
		}
	}

	private void fileProblem(String file, int line, String message, String allowed) {
		this.problems.add(new ContentProblem(this.centreId, file, line, "", null, message, allowed));
	}

	// centre.yaml

	private Centre centre(FieldReader in) {
		JsonNode root = in.root();
		if (!in.isObject(root, "", true)) {
			return null;
		}
		in.onlyFields(root, "", CENTRE_FIELDS);
		String id = in.id(root, "", "id", true);
		if (id != null && !id.equals(this.centreId)) {
			in.problem("id", id, "does not match the id its plugin declares", this.centreId);
		}
		Integer contractVersion = in.integer(root, "", "contractVersion", true, 1, 1000);
		String name = in.text(root, "", "name", true);
		String shortName = in.text(root, "", "shortName", true);
		String topic = in.text(root, "", "topic", true);
		String remit = in.text(root, "", "remit", true);
		URI website = in.url(root, "", "website", true);
		Owner owner = null;
		JsonNode ownerNode = root.get("owner");
		if (in.isObject(ownerNode, "owner", true)) {
			in.onlyFields(ownerNode, "owner", List.of("team", "email"));
			String email = in.text(ownerNode, "owner", "email", true);
			if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				in.problem("owner.email", email, "is not an email address", "name@domain");
			}
			owner = new Owner(in.text(ownerNode, "owner", "team", true), email);
		}
		List<String> headline = in.strings(root, "", "headline");
		String outcomeTaxonomy = in.id(root, "", "outcomeTaxonomy", true);
		Boolean rated = in.bool(root, "", "rated", false);
		if (id == null || contractVersion == null || name == null || shortName == null || topic == null || remit == null
				|| website == null || owner == null || outcomeTaxonomy == null) {
			return null;
		}
		return new Centre(id, contractVersion, name, shortName, topic, remit, website, owner, headline, outcomeTaxonomy,
				in.text(root, "", "costUnit", false), rated == null || rated);
	}

	private void checkCentreReferences(FieldReader in, Centre centre, List<RatingScale> scales,
			List<Taxonomy> taxonomies) {
		List<String> scaleIds = scales.stream().map(RatingScale::id).toList();
		for (int i = 0; i < centre.headline().size(); i++) {
			String scale = centre.headline().get(i);
			if (!scaleIds.contains(scale)) {
				in.problem("headline[" + i + "]", scale, "unknown scale", String.join(", ", scaleIds));
			}
		}
		List<String> taxonomyIds = taxonomies.stream().map(Taxonomy::id).toList();
		if (!taxonomyIds.isEmpty() && !taxonomyIds.contains(centre.outcomeTaxonomy())) {
			in.problem("outcomeTaxonomy", centre.outcomeTaxonomy(), "unknown taxonomy", String.join(", ", taxonomyIds));
		}
	}

	// scales.yaml

	private List<RatingScale> scales(FieldReader in) {
		List<RatingScale> scales = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		JsonNode root = in.root();
		if (!root.isArray()) {
			in.problem("", null, "must be a list of scales", "a YAML list; see docs/content-format.md");
			return scales;
		}
		int index = 0;
		for (JsonNode node : root.values()) {
			String at = "[" + index++ + "]";
			if (!in.isObject(node, at, true)) {
				continue;
			}
			in.onlyFields(node, at, SCALE_FIELDS);
			String id = in.id(node, at, "id", true);
			if (id != null && !ids.add(id)) {
				in.problem(at + ".id", id, "duplicate scale id", "an id not used by another scale");
			}
			String name = in.text(node, at, "name", true);
			ScaleKind kind = in.enumValue(node, at, "kind", ScaleKind.class, true);
			List<ScaleLevel> levels = new ArrayList<>();
			List<JsonNode> levelNodes = in.list(node, at, "levels",
					kind == ScaleKind.ORDINAL || kind == ScaleKind.CATEGORICAL);
			if ((kind == ScaleKind.NUMERIC || kind == ScaleKind.PROPORTION) && !levelNodes.isEmpty()) {
				in.problem(at + ".levels", null, "a " + kind + " scale has no levels", "min, max and unit instead");
			}
			Set<String> codes = new HashSet<>();
			for (int l = 0; l < levelNodes.size(); l++) {
				String lat = at + ".levels[" + l + "]";
				JsonNode levelNode = levelNodes.get(l);
				if (!in.isObject(levelNode, lat, true)) {
					continue;
				}
				in.onlyFields(levelNode, lat, LEVEL_FIELDS);
				String code = in.text(levelNode, lat, "code", true);
				if (code != null && !codes.add(code)) {
					in.problem(lat + ".code", code, "duplicate level code", "a code not used by another level");
				}
				String label = in.text(levelNode, lat, "label", true);
				Integer count = in.integer(levelNode, lat, "count", false, 0, 100);
				if (code != null && label != null) {
					levels.add(new ScaleLevel(code, label, in.text(levelNode, lat, "description", false),
							(count != null) ? count : l));
				}
			}
			DisplayHint display = new DisplayHint("text", null, null);
			JsonNode displayNode = node.get("display");
			if (in.isObject(displayNode, at + ".display", false)) {
				in.onlyFields(displayNode, at + ".display", List.of("icon", "max", "format"));
				String icon = in.text(displayNode, at + ".display", "icon", false);
				if (icon != null && !DisplayHint.ICONS.contains(icon)) {
					in.problem(at + ".display.icon", icon, "unknown icon", String.join(", ", DisplayHint.ICONS));
					icon = null;
				}
				display = new DisplayHint((icon != null) ? icon : "text",
						in.integer(displayNode, at + ".display", "max", false, 1, 20),
						in.text(displayNode, at + ".display", "format", false));
			}
			Double min = in.number(node, at, "min");
			Double max = in.number(node, at, "max");
			if (min != null && max != null && min > max) {
				in.problem(at + ".min", String.valueOf(min), "is greater than max", "min <= max");
			}
			if (id != null && name != null && kind != null) {
				scales.add(new RatingScale(id, name, in.text(node, at, "description", false), kind, levels, min, max,
						in.text(node, at, "unit", false), display));
			}
		}
		return scales;
	}

	// taxonomies.yaml

	private List<Taxonomy> taxonomies(FieldReader in) {
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

	private List<Term> terms(FieldReader in, JsonNode parent, String path, Set<String> seen) {
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

	// crosswalk.yaml

	private Crosswalk crosswalk(FieldReader in, List<RatingScale> scales, List<Taxonomy> taxonomies) {
		JsonNode root = in.root();
		if (!in.isObject(root, "", true)) {
			return new Crosswalk("", Map.of(), Set.of(), Map.of());
		}
		in.onlyFields(root, "", List.of("explanation", "scales", "unmapped", "terms"));
		String explanation = in.text(root, "", "explanation", true);
		Map<String, RatingScale> scalesById = new LinkedHashMap<>();
		scales.forEach((scale) -> scalesById.put(scale.id(), scale));
		String scaleIds = String.join(", ", scalesById.keySet());
		Set<String> unmapped = new LinkedHashSet<>(in.strings(root, "", "unmapped"));
		List<String> unmappedList = List.copyOf(unmapped);
		for (int i = 0; i < unmappedList.size(); i++) {
			if (!scalesById.containsKey(unmappedList.get(i))) {
				in.problem("unmapped[" + i + "]", unmappedList.get(i), "unknown scale", scaleIds);
			}
		}
		Map<String, List<CrosswalkRule>> rules = in.map(root, "", "scales", (at, node) -> {
			String scaleId = at.substring(at.lastIndexOf('.') + 1);
			RatingScale scale = scalesById.get(scaleId);
			if (scale == null) {
				in.problem(at, scaleId, "unknown scale", scaleIds);
				return null;
			}
			return rules(in, at, node, scale);
		});
		for (RatingScale scale : scales) {
			if (!scale.hasLevels() || unmapped.contains(scale.id())) {
				continue;
			}
			List<CrosswalkRule> scaleRules = rules.getOrDefault(scale.id(), List.of());
			for (ScaleLevel level : scale.levels()) {
				if (scaleRules.stream().noneMatch((rule) -> rule.matchesLevel(level.code()))) {
					in.problem(rules.containsKey(scale.id()) ? "scales." + scale.id() : "scales", level.code(),
							"native level '" + level.code() + "' of scale '" + scale.id()
									+ "' has no mapping to the network standard",
							"add a rule { level: \"" + level.code() + "\", effect/confidence/costBand: ... }, or list '"
									+ scale.id() + "' under unmapped");
				}
			}
		}
		Map<String, Taxonomy> taxonomiesById = new LinkedHashMap<>();
		taxonomies.forEach((taxonomy) -> taxonomiesById.put(taxonomy.id(), taxonomy));
		Map<String, Map<String, TermMapping>> terms = in.map(root, "", "terms", (at, node) -> {
			String taxonomyId = at.substring(at.lastIndexOf('.') + 1);
			Taxonomy taxonomy = taxonomiesById.get(taxonomyId);
			if (taxonomy == null) {
				in.problem(at, taxonomyId, "unknown taxonomy", String.join(", ", taxonomiesById.keySet()));
				return null;
			}
			Map<String, TermMapping> byTerm = new LinkedHashMap<>();
			if (!in.isObject(node, at, true)) {
				return byTerm;
			}
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String tat = at + "." + field.getKey();
				if (taxonomy.term(field.getKey()).isEmpty()) {
					in.problem(tat, field.getKey(), "unknown term of taxonomy '" + taxonomyId + "'",
							allowedTerms(taxonomy));
					continue;
				}
				JsonNode mapping = field.getValue();
				if (!in.isObject(mapping, tat, true)) {
					continue;
				}
				in.onlyFields(mapping, tat, List.of("domain", "lifeStage", "approach"));
				byTerm.put(field.getKey(),
						new TermMapping(in.enumList(mapping, tat, "domain", OutcomeDomain.class),
								in.enumList(mapping, tat, "lifeStage", LifeStage.class),
								in.enumList(mapping, tat, "approach", ApproachType.class)));
			}
			return byTerm;
		});
		return new Crosswalk((explanation != null) ? explanation : "", rules, unmapped, terms);
	}

	private List<CrosswalkRule> rules(FieldReader in, String at, JsonNode node, RatingScale scale) {
		List<CrosswalkRule> rules = new ArrayList<>();
		if (!node.isArray()) {
			in.problem(at, null, "must be a list of rules", "- { level: \"1\", confidence: 1 }");
			return rules;
		}
		int index = 0;
		for (JsonNode ruleNode : node.values()) {
			String rat = at + "[" + index++ + "]";
			if (!in.isObject(ruleNode, rat, true)) {
				continue;
			}
			in.onlyFields(ruleNode, rat, RULE_FIELDS);
			String level = in.text(ruleNode, rat, "level", false);
			Double min = in.number(ruleNode, rat, "min");
			Double max = in.number(ruleNode, rat, "max");
			Integer minCount = in.integer(ruleNode, rat, "minCount", false, 0, 1_000_000);
			if (scale.hasLevels()) {
				if (level == null) {
					in.problem(rat, null, "a rule for a " + scale.kind() + " scale needs a level", levelCodes(scale));
				}
				else if (scale.level(level).isEmpty()) {
					in.problem(rat + ".level", level, "unknown level of scale '" + scale.id() + "'", levelCodes(scale));
				}
			}
			else if (level != null) {
				in.problem(rat + ".level", level, "a " + scale.kind() + " scale has no levels", "min, max, minCount");
			}
			Effect effect = in.enumValue(ruleNode, rat, "effect", Effect.class, false);
			Integer confidence = in.integer(ruleNode, rat, "confidence", false, 0, 5);
			Integer costBand = in.integer(ruleNode, rat, "costBand", false, 1, 5);
			if (effect == null && confidence == null && costBand == null && !ruleNode.has("effect")
					&& !ruleNode.has("confidence") && !ruleNode.has("costBand")) {
				in.problem(rat, null, "the rule sets nothing", "effect, confidence or costBand");
			}
			rules.add(new CrosswalkRule(level, min, max, minCount, effect, confidence, costBand));
		}
		return rules;
	}

	private static String levelCodes(RatingScale scale) {
		return String.join(", ", scale.levels().stream().map(ScaleLevel::code).toList());
	}

	private static String allowedTerms(Taxonomy taxonomy) {
		List<String> ids = taxonomy.allTerms().stream().map(Term::id).toList();
		return (ids.size() > 40) ? String.join(", ", ids.subList(0, 40)) + ", ... (" + ids.size() + " terms)"
				: String.join(", ", ids);
	}

	// synonyms.yaml

	private List<List<String>> synonyms(FieldReader in) {
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

	// entries/*.md

	private List<EvidenceEntry> entries(CentreDefinition definition) {
		List<EvidenceEntry> entries = new ArrayList<>();
		List<String> files = this.source.list(ENTRIES_FOLDER);
		if (files.stream().noneMatch((name) -> name.endsWith(".md"))) {
			fileProblem(ENTRIES_FOLDER + "/", 0, "the centre has no entries", "one or more entries/<id>.md files");
		}
		Map<String, String> fileById = new HashMap<>();
		Map<String, String> fileByTitle = new HashMap<>();
		List<PendingRefs> pending = new ArrayList<>();
		for (String name : files) {
			String file = ENTRIES_FOLDER + "/" + name;
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
		for (PendingRefs refs : pending) {
			refs.check(fileById.keySet());
		}
		return entries;
	}

	private EntryParts split(String file, String text) {
		String normalised = text.replace("\r\n", "\n");
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

	private EvidenceEntry entry(FieldReader in, CentreDefinition definition, String fileId, EntryParts parts,
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
		Map<String, String> ratings = ratings(in, root, "", "ratings", definition);
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
							allowedTerms(taxonomy.get()));
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
						allowedTerms(outcomes.get()));
			}
			Map<String, String> findingRatings = ratings(in, node, at, "ratings", definition);
			String note = in.text(node, at, "note", false);
			if (outcome != null) {
				findings.add(new Finding(outcome, in.text(node, at, "label", false), findingRatings, note,
						rate(definition, ratings, findingRatings)));
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
		Provenance provenance = provenance(in, root);
		if (this.problems.size() > before || id == null || title == null || kind == null || summary == null
				|| findings.isEmpty() || sources.isEmpty() || provenance == null) {
			return null;
		}
		MarkdownRenderer.Rendered body = MarkdownRenderer.render(parts.body(), parts.bodyLineOffset());
		for (int line : body.rawHtmlLines()) {
			this.problems.add(new ContentProblem(this.centreId, in.file(), line, "body", null,
					"raw HTML is not allowed in content", "Markdown only (headings, lists, links, emphasis, tables)"));
		}
		List<Section> sections = body.sections()
			.stream()
			.map((section) -> new Section(section.heading(), section.markdown(), section.html()))
			.toList();
		pending.add(new PendingRefs(in, related, provenance.supersededBy(), id));
		EvidenceEntry entry = new EvidenceEntry(this.centreId, id, kind, title.strip(), summary.strip(), ratings, terms,
				findings, sections, sources, related, provenance, profile(definition, ratings, terms, findings),
				in.file());
		warnAboutGaps(in, entry);
		return entry;
	}

	private EntryRef ref(FieldReader in, String at, String text) {
		EntryRef ref = EntryRef.parse(text.strip(), this.centreId);
		if (!FieldReader.ID.matcher(ref.centreId()).matches() || !FieldReader.ID.matcher(ref.entryId()).matches()) {
			in.problem(at, text, "is not an entry reference", "<entry-id> or <centre-id>/<entry-id>");
			return null;
		}
		return ref;
	}

	private Provenance provenance(FieldReader in, JsonNode root) {
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
		if (source == null || lastReviewed == null || status == null || verified == null) {
			return null;
		}
		return new Provenance(source, lastReviewed, published, status, supersededBy, verified, checked);
	}

	private Map<String, String> ratings(FieldReader in, JsonNode parent, String path, String name,
			CentreDefinition definition) {
		Map<String, String> ratings = new LinkedHashMap<>();
		String scaleIds = String.join(", ", definition.scales().stream().map(RatingScale::id).toList());
		in.map(parent, path, name, (at, node) -> {
			String scaleId = at.substring(at.lastIndexOf('.') + 1);
			Optional<RatingScale> scale = definition.scale(scaleId);
			if (scale.isEmpty()) {
				in.problem(at, scaleId, "unknown scale", scaleIds);
				return null;
			}
			String value = FieldReader.scalar(node);
			if (value == null || node.isContainer()) {
				in.problem(at, value, "a rating is a single value", null);
				return null;
			}
			if (checkValue(in, at, scale.get(), value)) {
				ratings.put(scaleId, value);
			}
			return value;
		});
		return ratings;
	}

	private boolean checkValue(FieldReader in, String at, RatingScale scale, String value) {
		switch (scale.kind()) {
			case ORDINAL, CATEGORICAL -> {
				if (scale.level(value).isEmpty()) {
					in.problem(at, value, "unknown level of scale '" + scale.id() + "'", levelCodes(scale));
					return false;
				}
			}
			case NUMERIC -> {
				String range = "a number" + ((scale.min() != null) ? " from " + fmt(scale.min()) : "")
						+ ((scale.max() != null) ? " to " + fmt(scale.max()) : "");
				try {
					double number = Double.parseDouble(value);
					if ((scale.min() != null && number < scale.min())
							|| (scale.max() != null && number > scale.max())) {
						in.problem(at, value, "is out of range for scale '" + scale.id() + "'", range);
						return false;
					}
				}
				catch (NumberFormatException ex) {
					in.problem(at, value, "is not a number", range);
					return false;
				}
			}
			case PROPORTION -> {
				int[] parts = proportion(value);
				if (parts == null) {
					in.problem(at, value, "is not a proportion", "\"k/n\" with 0 <= k <= n and n > 0, e.g. \"7/9\"");
					return false;
				}
			}
		}
		return true;
	}

	private static String fmt(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

	static int[] proportion(String value) {
		String[] parts = value.split("/");
		if (parts.length != 2) {
			return null;
		}
		try {
			int k = Integer.parseInt(parts[0].strip());
			int n = Integer.parseInt(parts[1].strip());
			return (n > 0 && k >= 0 && k <= n) ? new int[] { k, n } : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	// network standard

	private NetworkRating rate(CentreDefinition definition, Map<String, String> entryRatings,
			Map<String, String> findingRatings) {
		if (!definition.centre().rated()) {
			return NetworkRating.NOT_RATED;
		}
		Effect effect = null;
		Integer confidence = null;
		for (Map<String, String> ratings : List.of(entryRatings, findingRatings)) {
			for (RatingScale scale : definition.scales()) {
				CrosswalkRule rule = match(definition.crosswalk(), scale, ratings.get(scale.id()));
				if (rule != null) {
					effect = (rule.effect() != null) ? rule.effect() : effect;
					confidence = (rule.confidence() != null) ? rule.confidence() : confidence;
				}
			}
		}
		return new NetworkRating(effect, confidence, NetworkStandard.band(effect, confidence));
	}

	private static CrosswalkRule match(Crosswalk crosswalk, RatingScale scale, String value) {
		return crosswalk.match(scale, value);
	}

	private NetworkProfile profile(CentreDefinition definition, Map<String, String> ratings,
			Map<String, List<String>> terms, List<Finding> findings) {
		Integer costBand = null;
		for (RatingScale scale : definition.scales()) {
			CrosswalkRule rule = match(definition.crosswalk(), scale, ratings.get(scale.id()));
			if (rule != null && rule.costBand() != null) {
				costBand = rule.costBand();
			}
		}
		Set<OutcomeDomain> domains = EnumSet.noneOf(OutcomeDomain.class);
		Set<LifeStage> lifeStages = EnumSet.noneOf(LifeStage.class);
		Set<ApproachType> approaches = EnumSet.noneOf(ApproachType.class);
		String outcomeTaxonomy = definition.centre().outcomeTaxonomy();
		for (Finding finding : findings) {
			TermMapping mapping = mapping(definition, outcomeTaxonomy, finding.outcome());
			if (mapping != null) {
				domains.addAll(mapping.domains());
			}
		}
		terms.forEach((taxonomyId, ids) -> ids.forEach((termId) -> {
			TermMapping mapping = mapping(definition, taxonomyId, termId);
			if (mapping != null) {
				domains.addAll(mapping.domains());
				lifeStages.addAll(mapping.lifeStages());
				approaches.addAll(mapping.approaches());
			}
		}));
		return new NetworkProfile(findings.get(0).network(), costBand, domains, lifeStages, approaches);
	}

	/** The mapping of a term, or of its nearest mapped ancestor. */
	private static TermMapping mapping(CentreDefinition definition, String taxonomyId, String termId) {
		Optional<Taxonomy> taxonomy = definition.taxonomy(taxonomyId);
		if (taxonomy.isEmpty()) {
			return null;
		}
		List<String> chain = ancestry(taxonomy.get().terms(), termId);
		for (int i = chain.size() - 1; i >= 0; i--) {
			TermMapping mapping = definition.crosswalk().mapping(taxonomyId, chain.get(i));
			if (mapping != null) {
				return mapping;
			}
		}
		return null;
	}

	private static List<String> ancestry(List<Term> terms, String termId) {
		for (Term term : terms) {
			if (term.id().equals(termId)) {
				return new ArrayList<>(List.of(term.id()));
			}
			List<String> below = ancestry(term.children(), termId);
			if (!below.isEmpty()) {
				below.add(0, term.id());
				return below;
			}
		}
		return new ArrayList<>();
	}

	private void warnAboutGaps(FieldReader in, EvidenceEntry entry) {
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

	private record EntryParts(String frontMatter, String body, int bodyLineOffset) {
	}

	private final class PendingRefs {

		private final FieldReader in;

		private final List<EntryRef> related;

		private final EntryRef supersededBy;

		private final String id;

		PendingRefs(FieldReader in, List<EntryRef> related, EntryRef supersededBy, String id) {
			this.in = in;
			this.related = related;
			this.supersededBy = supersededBy;
			this.id = id;
		}

		void check(Set<String> ids) {
			for (int i = 0; i < this.related.size(); i++) {
				EntryRef ref = this.related.get(i);
				if (ref.centreId().equals(CentreLoader.this.centreId) && !ids.contains(ref.entryId())) {
					this.in.problem("related[" + i + "]", ref.entryId(), "no entry of this centre has this id",
							"an id of an entry in entries/, or <centre-id>/<entry-id> for another centre");
				}
				if (ref.equals(new EntryRef(CentreLoader.this.centreId, this.id))) {
					this.in.problem("related[" + i + "]", ref.entryId(), "an entry cannot be related to itself", null);
				}
			}
			if (this.supersededBy != null && this.supersededBy.centreId().equals(CentreLoader.this.centreId)
					&& !ids.contains(this.supersededBy.entryId())) {
				this.in.problem("provenance.supersededBy", this.supersededBy.entryId(),
						"no entry of this centre has this id", "an id of an entry in entries/");
			}
		}

	}

}
