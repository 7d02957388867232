package org.whatworks.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.whatworks.core.model.EntryStatus;
import org.whatworks.core.model.ScaleKind;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.DeliveryMode;
import org.whatworks.core.standard.Effect;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NeedLevel;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.core.standard.Setting;

/**
 * The JSON the API answers with: records of our own with stable, documented field names,
 * mapped from the core model by {@link ApiMapper}. Every field is always present; fields
 * that may have no value are {@code null}.
 */
public final class ApiModel {

	private ApiModel() {
	}

	@Schema(name = "CentreSummary", description = "A centre of the network, in brief.")
	public record CentreSummary(@Schema(description = "Stable centre id, lower-case kebab case.") String id,
			@Schema(description = "Full name.") String name,
			@Schema(description = "Short name or acronym users know.") String shortName,
			@Schema(description = "Policy area in one or two words.") String topic,
			@Schema(description = "What the centre covers, in plain words.") String remit,
			@Schema(description = "The centre's own website.") URI website,
			@Schema(description = "False for a centre that reports narratively and rates nothing.") boolean rated,
			@Schema(description = "How many entries the centre publishes.") int entries,
			@Schema(description = "This centre in the API.") URI apiUrl,
			@Schema(description = "The centre's page on the site.") URI url,
			@Schema(description = "Open data downloads of this centre.") Downloads downloads) {
	}

	@Schema(name = "CentreList", description = "Every centre the network serves now.")
	public record CentreList(@Schema(description = "Loaded centres in display order.") List<CentreSummary> centres,
			@Schema(description = "Ids of centres found but not served now (broken content).") List<String> unavailable) {
	}

	@Schema(name = "Downloads", description = "Links to open data downloads.")
	public record Downloads(@Schema(description = "CSV, one row per entry (see the data dictionary).") URI csv,
			@Schema(description = "JSON, entries as in GET /api/v1/entries/{centre}/{id}.") URI json) {
	}

	@Schema(name = "Centre", description = "A centre's descriptor, rating scales, taxonomies and crosswalk.")
	public record CentreDetail(@Schema(description = "Stable centre id.") String id,
			@Schema(description = "Full name.") String name, @Schema(description = "Short name.") String shortName,
			@Schema(description = "Policy area.") String topic,
			@Schema(description = "Remit in plain words.") String remit,
			@Schema(description = "The centre's own website.") URI website,
			@Schema(description = "The team that answers for the content.") String ownerTeam,
			@Schema(description = "False for a centre that reports narratively.") boolean rated,
			@Schema(description = "Ids of the scales that form an entry's headline, in display order.") List<String> headline,
			@Schema(description = "Id of the taxonomy whose terms findings name as outcomes.") String outcomeTaxonomy,
			@Schema(description = "Unit shown beside the network cost band, or null.", types = {
					"string", "null" }) String costUnit,
			@Schema(description = "How many entries the centre publishes.") int entries,
			@Schema(description = "The centre's native rating scales.") List<Scale> scales,
			@Schema(description = "The centre's own taxonomies.") List<TaxonomyView> taxonomies,
			@Schema(description = "How native ratings and terms map onto the network standard.") CrosswalkView crosswalk,
			@Schema(description = "The centre's page on the site.") URI url,
			@Schema(description = "Open data downloads of this centre.") Downloads downloads){
	}

	@Schema(name = "Scale", description = "A native rating scale.")
	public record Scale(@Schema(description = "Scale id, unique within the centre.") String id,
			@Schema(description = "Name shown to people.") String name,
			@Schema(description = "What it measures, or null.", types = {
					"string", "null" }) String description,
			@Schema(description = "ORDINAL (ordered levels), CATEGORICAL (unordered), NUMERIC or PROPORTION (k of n).") ScaleKind kind,
			@Schema(description = "Levels, low to high; empty unless ORDINAL or CATEGORICAL.") List<Level> levels,
			@Schema(description = "Smallest numeric value, or null.", types = { "number", "null" }) Double min,
			@Schema(description = "Largest numeric value, or null.", types = { "number", "null" }) Double max,
			@Schema(description = "Unit of numeric values, or null.", types = { "string", "null" }) String unit,
			@Schema(description = "Icon family the site draws it with: padlock, pound, months, bar, text, star or check.") String icon,
			@Schema(description = "Most icons a level can show, or null.",
					types = { "integer", "null" }) Integer iconMax,
			@Schema(description = "Template for numeric values with {value} as placeholder, or null.",
					types = { "string", "null" }) String format){
	}

	@Schema(name = "Level", description = "A level of an ordinal or categorical scale.")
	public record Level(@Schema(description = "Code used in content files and the API.") String code,
			@Schema(description = "Label shown to people.") String label,
			@Schema(description = "What the level means, or null.", types = {
					"string", "null" }) String description,
			@Schema(description = "How many icons to draw.") int count){
	}

	@Schema(name = "Taxonomy", description = "A centre's own hierarchical vocabulary.")
	public record TaxonomyView(
			@Schema(description = "Taxonomy id; as a search facet it is <centre>.<taxonomy>.") String id,
			@Schema(description = "Name shown to people.") String name,
			@Schema(description = "Top-level terms.") List<TermView> terms) {
	}

	@Schema(name = "Term", description = "A taxonomy term, possibly with narrower terms.")
	public record TermView(@Schema(description = "Term id, unique within its taxonomy.") String id,
			@Schema(description = "Label shown to people.") String label,
			@Schema(description = "Other words people use for it.") List<String> synonyms,
			@Schema(description = "Narrower terms.") List<TermView> children) {
	}

	@Schema(name = "Crosswalk", description = "How a centre maps its ratings and terms onto the network standard.")
	public record CrosswalkView(@Schema(description = "\"How we compared this\", in plain words.") String explanation,
			@Schema(description = "Rules per native scale; the first matching rule wins.") List<ScaleRules> scales,
			@Schema(description = "Scales deliberately kept outside the network standard.") List<String> unmapped,
			@Schema(description = "Network meaning of each mapped taxonomy term.") List<TermMappingView> terms) {
	}

	@Schema(name = "ScaleRules", description = "The crosswalk rules of one native scale.")
	public record ScaleRules(@Schema(description = "Native scale id.") String scale,
			@Schema(description = "Rules in order.") List<Rule> rules) {
	}

	@Schema(name = "Rule",
			description = "One crosswalk rule: when a native value matches, it sets any of effect, confidence and cost band.")
	public record Rule(@Schema(description = "What it matches, in words, e.g. 'level 4' or '1 to 12'.") String matches,
			@Schema(description = "Level code matched, or null for a range rule.", types = {
					"string", "null" }) String level,
			@Schema(description = "Smallest value matched (a share 0-1 for proportions), or null.",
					types = { "number", "null" }) Double min,
			@Schema(description = "Largest value matched, or null.", types = { "number", "null" }) Double max,
			@Schema(description = "Smallest number of studies matched (proportions), or null.",
					types = { "integer", "null" }) Integer minCount,
			@Schema(description = "Network effect set, or null.", types = { "string", "null" },
					allowableValues = { "POSITIVE", "MIXED", "NO_EFFECT", "NEGATIVE", "UNCLEAR" }) String effect,
			@Schema(description = "Network confidence 0-5 set, or null.",
					types = { "integer", "null" }) Integer confidence,
			@Schema(description = "Network cost band 1-5 set, or null.",
					types = { "integer", "null" }) Integer costBand){
	}

	@Schema(name = "TermMapping", description = "What one centre taxonomy term means in the network vocabularies.")
	public record TermMappingView(@Schema(description = "Taxonomy id.") String taxonomy,
			@Schema(description = "Term id.") String term,
			@Schema(description = "Outcome domains.") List<OutcomeDomain> domains,
			@Schema(description = "Life stages.") List<LifeStage> lifeStages,
			@Schema(description = "Approach types.") List<ApproachType> approaches) {
	}

	@Schema(name = "Standard",
			description = "The network evidence standard: common scales, evidence bands and shared vocabularies.")
	public record Standard(@Schema(description = "Common effect values.") List<Code> effects,
			@Schema(description = "Confidence (strength of evidence) 0-5.") List<Numbered> confidence,
			@Schema(description = "Cost bands 1-5.") List<Numbered> costBands,
			@Schema(description = "Evidence bands, strongest first; derived from effect and confidence, never stated by a centre.") List<Code> bands,
			@Schema(description = "Outcome domains.") List<Code> domains,
			@Schema(description = "Life stages.") List<Code> lifeStages,
			@Schema(description = "Approach types.") List<Code> approaches,
			@Schema(description = "Fit: settings where an approach is delivered (search facet setting).") List<Code> settings,
			@Schema(description = "Fit: levels of need (search facet need).") List<Code> needs,
			@Schema(description = "Fit: how an approach reaches people (search facet delivery).") List<Code> deliveries) {
	}

	@Schema(name = "Code", description = "A code of a network vocabulary with its label.")
	public record Code(@Schema(description = "The code used in the API and in filters.") String code,
			@Schema(description = "Label shown to people.") String label,
			@Schema(description = "What it means, or null.", types = {
					"string", "null" }) String meaning){
	}

	@Schema(name = "Numbered", description = "A value of a numbered network scale with its label.")
	public record Numbered(@Schema(description = "The value.") int value,
			@Schema(description = "Label shown to people.") String label) {
	}

	@Schema(name = "NativeRating", description = "A rating on one of the centre's own scales.")
	public record NativeRating(@Schema(description = "Native scale id.") String scale,
			@Schema(description = "Scale name.") String scaleName,
			@Schema(description = "The value as written in content: a level code, a number or 'k/n'.") String value,
			@Schema(description = "The value as shown to people.") String label) {
	}

	@Schema(name = "NetworkRating", description = "A position on the network standard.")
	public record NetworkRatingView(@Schema(description = "Evidence band.") EvidenceBand band,
			@Schema(description = "Evidence band label.") String bandLabel,
			@Schema(description = "Common effect, or null when not rated.", types = {
					"string", "null" },
					allowableValues = { "POSITIVE", "MIXED", "NO_EFFECT", "NEGATIVE", "UNCLEAR" }) String effect,
			@Schema(description = "Confidence 0-5, or null when not rated.",
					types = { "integer", "null" }) Integer confidence,
			@Schema(description = "Confidence label.") String confidenceLabel){
	}

	@Schema(name = "Entry", description = "One evidence entry with its native and network ratings.")
	public record Entry(@Schema(description = "Entry id, unique within its centre.") String id,
			@Schema(description = "Owning centre id.") String centre,
			@Schema(description = "Owning centre's name.") String centreName,
			@Schema(description = "Network-wide reference, centre/id.") String ref,
			@Schema(description = "The centre's own word for the entry (strand, intervention, programme, guideline, review).") String kind,
			@Schema(description = "Title.") String title,
			@Schema(description = "One or two plain sentences.") String summary,
			@Schema(description = "The entry's page on the site.") URI url,
			@Schema(description = "This entry in the API.") URI apiUrl,
			@Schema(description = "Entry-level native ratings, headline scales first.") List<NativeRating> ratings,
			@Schema(description = "The centre's own headline ratings, in the centre's order.") List<NativeRating> headline,
			@Schema(description = "The headline finding's network rating.") NetworkRatingView network,
			@Schema(description = "Network cost band 1-5, or null when not assessed.", types = {
					"integer", "null" }) Integer costBand,
			@Schema(description = "Cost band label.") String costBandLabel,
			@Schema(description = "The centre's cost unit, or null.", types = { "string", "null" }) String costUnit,
			@Schema(description = "Outcome domains of all findings and terms.") List<OutcomeDomain> domains,
			@Schema(description = "Life stages of the entry's terms.") List<LifeStage> lifeStages,
			@Schema(description = "Approach types of the entry's terms.") List<ApproachType> approaches,
			@Schema(description = "The entry's terms in the centre's taxonomies.") List<EntryTerms> terms,
			@Schema(description = "Findings per outcome; the first is the headline.") List<FindingView> findings,
			@Schema(description = "\"How we compared this\": the centre's crosswalk explanation.") String howWeCompared,
			@Schema(description = "Body sections.") List<SectionView> sections,
			@Schema(description = "Public sources.") List<SourceView> sources,
			@Schema(description = "Where it comes from and how far it can be trusted.") ProvenanceView provenance,
			@Schema(description = "Related entries that the centre links to and that are served.") List<EntryLink> related,
			@Schema(description = "The evidence criteria of the entry as a whole: the strongest any of its findings shows, as the search facets design, replication, lastingEffect and ukEvidence count them. Each finding's own criteria are in findings[].criteria.") EntryCriteriaView criteria,
			@Schema(description = "Fit: the network settings, levels of need and delivery modes the centre's terms map to (with any the entry adds), and where the evidence comes from.") FitView fit,
			@Schema(description = "What it takes to deliver, as the centre publishes it, or null when it publishes nothing.") ImplementationView implementation,
			@Schema(description = "Whether the centre says a manual or materials and training are available (the search facet ready=yes); false when it does not say.") boolean readyToImplement,
			@Schema(description = "What it costs in pounds, as the centre publishes it, or null when it gives no amount. Shown beside the cost band, never instead of it.") CostView cost,
			@Schema(description = "The cross-centre approach the entry belongs to (other centres' entries on the same approach), or null when no other centre covers it.") ApproachLink approach){
	}

	@Schema(name = "EntryCriteria",
			description = "An entry's evidence criteria as a whole: per criterion, the strongest value any of its findings shows (codes as in the search facets).")
	public record EntryCriteriaView(@Schema(
			description = "Best study design of any finding: RANDOMISED, QUASI_EXPERIMENTAL, OTHER, NONE (no evaluation) or UNKNOWN.",
			allowableValues = {
					"RANDOMISED", "QUASI_EXPERIMENTAL", "OTHER", "NONE", "UNKNOWN" }) String design,
			@Schema(description = "True when the design is only a minimum the native rating implies (\"at least quasi-experimental\").") boolean designIsMinimum,
			@Schema(description = "Independent replication: YES (by an independent team), SAME_TEAM_ONLY, NO or UNKNOWN.",
					allowableValues = { "YES", "SAME_TEAM_ONLY", "NO", "UNKNOWN" }) String replication,
			@Schema(description = "A lasting effect (12 months or more): YES, NO or UNKNOWN.",
					allowableValues = { "YES", "NO", "UNKNOWN" }) String lastingEffect,
			@Schema(description = "UK evidence: YES, NO or UNKNOWN.",
					allowableValues = { "YES", "NO", "UNKNOWN" }) String ukEvidence,
			@Schema(description = "Each criterion in words, by criterion (design, replication, lastingEffect, ukEvidence), such as \"At least quasi-experimental\" or \"Not known\".") Map<String, String> labels){
	}

	@Schema(name = "Fit",
			description = "What helps judge whether an entry fits a local context. Nothing is inferred: empty lists and nulls mean the centre does not say.")
	public record FitView(@Schema(description = "Where it is delivered (search facet setting).") List<Setting> settings,
			@Schema(description = "The levels of need it is for (search facet need).") List<NeedLevel> needs,
			@Schema(description = "How it reaches people (search facet delivery).") List<DeliveryMode> deliveries,
			@Schema(description = "Where the evidence comes from (countries, settings, populations) as the centre reports it, or null.",
					types = {
							"string", "null" }) String evidenceFrom,
			@Schema(description = "What the centre says about adapting it, or null.",
					types = { "string", "null" }) String adapting){
	}

	@Schema(name = "Implementation",
			description = "What it takes to deliver an approach, as the centre publishes it; a field it does not publish is null.")
	public record ImplementationView(@Schema(description = "How it is delivered, or null.", types = {
			"string", "null" }) String format,
			@Schema(description = "Duration and dosage, or null.", types = { "string", "null" }) String duration,
			@Schema(description = "Who delivers it, or null.", types = { "string", "null" }) String deliveredBy,
			@Schema(description = "Qualifications of the people who deliver it, or null.",
					types = { "string", "null" }) String qualifications,
			@Schema(description = "Training they need, or null.", types = { "string", "null" }) String training,
			@Schema(description = "Whether a manual or materials are available, or null when the centre does not say.",
					types = { "boolean", "null" }) Boolean manual,
			@Schema(description = "Whether only a licensed provider may deliver it, or null when the centre does not say.",
					types = { "boolean", "null" }) Boolean licensed,
			@Schema(description = "The centre's page that shows these facts.") URI source){
	}

	@Schema(name = "Cost", description = "What an approach costs in pounds sterling, as the centre publishes it.")
	public record CostView(@Schema(description = "Amount in pounds sterling (GBP), zero or more.") BigDecimal amount,
			@Schema(description = "What the amount is for, such as \"per pupil per year\".") String unit,
			@Schema(description = "The year whose prices the amount is in.") int priceYear,
			@Schema(description = "What the amount includes, or null.", types = {
					"string", "null" }) String includes,
			@Schema(description = "The centre's page or document that gives the amount.") URI source,
			@Schema(description = "The cost in words, such as \"£140 per pupil per year (2023 prices)\".") String label){
	}

	@Schema(name = "ApproachLink", description = "The cross-centre approach an entry belongs to.")
	public record ApproachLink(@Schema(description = "Approach id, as in /api/v1/approaches/{id}.") String id,
			@Schema(description = "Title of the approach.") String title,
			@Schema(description = "Whether the centres covering it agree: DIFFER if their bands differ on any shared outcome domain, else AGREE if they agree on any, else NOT_COMPARABLE.",
					allowableValues = {
							"AGREE", "DIFFER", "NOT_COMPARABLE" }) String agreement,
			@Schema(description = "The agreement in words.") String agreementLabel,
			@Schema(description = "The approach page on the site.") URI url,
			@Schema(description = "The approach in the API.") URI apiUrl){
	}

	@Schema(name = "EntryTerms", description = "An entry's terms in one taxonomy.")
	public record EntryTerms(@Schema(description = "Taxonomy id.") String taxonomy,
			@Schema(description = "Taxonomy name.") String taxonomyName,
			@Schema(description = "Terms.") List<TermLabel> terms) {
	}

	@Schema(name = "TermLabel", description = "A term id with its label.")
	public record TermLabel(@Schema(description = "Term id.") String id, @Schema(description = "Label.") String label) {
	}

	@Schema(name = "Finding", description = "What the evidence says about one outcome.")
	public record FindingView(@Schema(description = "Term id in the centre's outcome taxonomy.") String outcome,
			@Schema(description = "Outcome label.") String outcomeLabel,
			@Schema(description = "What the finding is about, or null.", types = {
					"string", "null" }) String label,
			@Schema(description = "One plain sentence, or null.", types = { "string", "null" }) String note,
			@Schema(description = "Native ratings behind the finding.") List<NativeRating> ratings,
			@Schema(description = "The finding's network rating.") NetworkRatingView network,
			@Schema(description = "Evidence criteria that explain the band, by criterion (design, evaluations, replication, lastingEffect, ukEvidence): the value in words, or \"Not known\".") java.util.Map<String, String> criteria,
			@Schema(description = "How the crosswalk turned the centre's ratings into this finding's network rating, step by step in the order applied (a later step overrides an earlier one): the same steps as 'How we compared this' on the entry page. Empty when the centre does not rate.") List<ComparisonStep> howCompared){
	}

	@Schema(name = "ComparisonStep",
			description = "One step of how a finding was compared: a native value, the crosswalk rule it matched and what that rule set.")
	public record ComparisonStep(@Schema(description = "The centre's scale.") String scale,
			@Schema(description = "The native value's label, or a qualifier's label.") String value,
			@Schema(description = "What the rule matches, such as 'level 4' or 'qualifier mixed'.") String rule,
			@Schema(description = "What the rule set, such as 'effect: Positive, confidence: Strong (4 of 5)'.") String sets) {
	}

	@Schema(name = "Section", description = "A body section.")
	public record SectionView(@Schema(description = "Heading.") String heading,
			@Schema(description = "Markdown source.") String markdown,
			@Schema(description = "Rendered, sanitised HTML.") String html) {
	}

	@Schema(name = "Source", description = "A public source.")
	public record SourceView(@Schema(description = "What it is.") String title,
			@Schema(description = "Where it is.") URI url) {
	}

	@Schema(name = "Provenance", description = "Where an entry comes from.")
	public record ProvenanceView(@Schema(description = "The entry's page on the centre's own site.") URI source,
			@Schema(description = "When the centre last reviewed it.") LocalDate lastReviewed,
			@Schema(description = "When first published, or null.", types = {
					"string", "null" }, format = "date") LocalDate published,
			@Schema(description = "Current, superseded or withdrawn.") EntryStatus status,
			@Schema(description = "Reference centre/id of the entry replacing it, or null.",
					types = { "string", "null" }) String supersededBy,
			@Schema(description = "Whether the figures were checked against the source.") boolean verified,
			@Schema(description = "When the network last checked the figures, or null.", types = { "string", "null" },
					format = "date") LocalDate checked){
	}

	@Schema(name = "EntryLink", description = "A short reference to another entry.")
	public record EntryLink(@Schema(description = "Entry id.") String id,
			@Schema(description = "Centre id.") String centre, @Schema(description = "Centre name.") String centreName,
			@Schema(description = "Title.") String title,
			@Schema(description = "Evidence band of its headline finding.") EvidenceBand band,
			@Schema(description = "The entry's page on the site.") URI url,
			@Schema(description = "The entry in the API.") URI apiUrl) {
	}

	@Schema(name = "Related",
			description = "Entries related to an entry: explicit cross-links first, then similar entries of other centres.")
	public record Related(@Schema(description = "The entry asked about.") EntryLink entry,
			@Schema(description = "Related entries, best first.") List<EntryLink> related) {
	}

	@Schema(name = "SearchResponse", description = "One page of search results with facets.")
	public record SearchResponse(@Schema(description = "The query as searched (trimmed).") String query,
			@Schema(description = "How many entries match in all.") long total,
			@Schema(description = "This page, from 1.") int page, @Schema(description = "Results per page.") int size,
			@Schema(description = "Number of pages.") int pages, @Schema(description = "The order.", allowableValues = {
					"relevance", "confidence", "cost", "impact", "title", "reviewed" }) String sort,
			@Schema(description = "Selected filter values per facet name.") Map<String, List<String>> filters,
			@Schema(description = "The results of this page.") List<Result> results,
			@Schema(description = "Facets by name (centre, domain, lifeStage, approach, band, confidence, cost, setting, need, delivery, ready, design, replication, lastingEffect, ukEvidence, and <centre>.<taxonomy> when narrowed to one centre); counts are drill-sideways, so other values of a filtered facet keep their counts.") Map<String, List<FacetValueView>> facets,
			@Schema(description = "A better spelling of the query (\"did you mean\"), or null.",
					types = { "string", "null" }) String suggestion,
			@Schema(description = "Download all results of this search.") Downloads downloads,
			@Schema(description = "When the results are those of a corrected spelling of the query, that corrected query (\"showing results for\"); otherwise null.",
					types = { "string", "null" }) String correctedQuery,
			@Schema(description = "When correctedQuery is set, a query that searches the words as typed without correcting them (\"search instead for\"); otherwise null.",
					types = { "string", "null" }) String searchInstead,
			@Schema(description = "Glossary terms of the centres that the query used, with what they mean.") List<GlossaryTermView> glossary){
	}

	@Schema(name = "GlossaryTerm", description = "A word or abbreviation a centre's users type, and what it means.")
	public record GlossaryTermView(@Schema(description = "The term as people type it.", example = "KS2") String term,
			@Schema(description = "What it means.", example = "Key Stage 2, pupils aged 7-11") String definition) {
	}

	@Schema(name = "Result", description = "One search result.")
	public record Result(@Schema(description = "Entry id.") String id,
			@Schema(description = "Centre id.") String centre, @Schema(description = "Centre name.") String centreName,
			@Schema(description = "Title.") String title,
			@Schema(description = "The centre's word for the entry.") String kind,
			@Schema(description = "The entry's page on the site.") URI url,
			@Schema(description = "The entry in the API.") URI apiUrl,
			@Schema(description = "One or two plain sentences.") String summary,
			@Schema(description = "Evidence band of the headline finding.") EvidenceBand band,
			@Schema(description = "Evidence band label.") String bandLabel,
			@Schema(description = "Effect of the headline finding, or null.", types = {
					"string", "null" },
					allowableValues = { "POSITIVE", "MIXED", "NO_EFFECT", "NEGATIVE", "UNCLEAR" }) String effect,
			@Schema(description = "Confidence 0-5 of the headline finding, or null.",
					types = { "integer", "null" }) Integer confidence,
			@Schema(description = "Cost band 1-5, or null when not assessed.",
					types = { "integer", "null" }) Integer costBand,
			@Schema(description = "The centre's own headline ratings.") List<NativeRating> headline,
			@Schema(description = "When the centre last reviewed it.") LocalDate lastReviewed,
			@Schema(description = "Snippets of matching text as HTML: text escaped, matches in <mark>; empty for a blank query.") List<String> highlights){
	}

	@Schema(name = "FacetValue", description = "One value of a facet.")
	public record FacetValueView(@Schema(description = "The value to filter by.") String value,
			@Schema(description = "Label shown to people.") String label,
			@Schema(description = "Matching entries with this value.") long count,
			@Schema(description = "Whether the value is selected.") boolean selected) {
	}

	@Schema(name = "Suggestions", description = "Type-ahead suggestions.")
	public record Suggestions(@Schema(description = "What was typed.") String query,
			@Schema(description = "Suggestions, best first.") List<SuggestionView> suggestions) {
	}

	@Schema(name = "Suggestion", description = "A type-ahead suggestion.")
	public record SuggestionView(@Schema(description = "Suggested text.") String text,
			@Schema(description = "'entry' for an entry title, 'term' for a taxonomy or network term.") String kind,
			@Schema(description = "Where it leads on the site.") URI url) {
	}

	@Schema(name = "Dictionary", description = "The data dictionary: the columns of the CSV downloads.")
	public record Dictionary(
			@Schema(description = "Every column, in the CSV's order.") List<DictionaryColumn> columns) {
	}

	@Schema(name = "DictionaryColumn", description = "One column of the CSV downloads.")
	public record DictionaryColumn(@Schema(description = "The column's header.") String name,
			@Schema(description = "What kind of value it holds, such as code, text or true or false.") String type,
			@Schema(description = "What it means.") String description,
			@Schema(description = "A typical value.") String example) {
	}

	@Schema(name = "Download", description = "A JSON download: entries in full, with when it was made.")
	public record Download(@Schema(description = "What the download holds.") String title,
			@Schema(description = "When the content it was made from was loaded.") Instant generated,
			@Schema(description = "Licence and attribution.") String licence,
			@Schema(description = "Centres the entries come from.") List<CentreSummary> centres,
			@Schema(description = "How many entries.") int count,
			@Schema(description = "The entries, as in GET /api/v1/entries/{centre}/{id}.") List<Entry> entries) {
	}

}
