package org.whatworks.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.core.standard.NetworkTerm;

/**
 * The columns of the CSV downloads, with what each means: the one place that defines both
 * the CSV and the data dictionary page, so the two cannot drift apart.
 */
final class DataDictionary {

	/** The page that explains the downloads and the API. */
	static final String PAGE = "/data";

	/**
	 * One CSV column.
	 *
	 * @param name the header
	 * @param type what kind of value it holds
	 * @param description what it means
	 * @param example a typical value
	 * @param value how to read it from an entry as mapped for the API
	 */
	record Column(String name, String type, String description, String example,
			Function<ApiModel.Entry, Object> value) {
	}

	static final List<Column> COLUMNS = List.of(
			new Column("centre", "text", "Id of the centre that publishes the entry.", "education",
					ApiModel.Entry::centre),
			new Column("centre_name", "text", "Name of that centre.", "Education Endowment Foundation",
					ApiModel.Entry::centreName),
			new Column("id", "text", "Id of the entry, unique within its centre.", "feedback", ApiModel.Entry::id),
			new Column("ref", "text", "Network-wide reference: centre/id.", "education/feedback", ApiModel.Entry::ref),
			new Column("kind", "text",
					"The centre's own word for the entry: strand, intervention, programme, guideline or review.",
					"strand", ApiModel.Entry::kind),
			new Column("title", "text", "Title.", "Feedback", ApiModel.Entry::title),
			new Column("summary", "text", "One or two plain sentences that answer \"does it work?\".",
					"Feedback has a high impact for very low cost.", ApiModel.Entry::summary),
			new Column("url", "URL", "The entry's page on this site.", "https://example.org/entries/education/feedback",
					ApiModel.Entry::url),
			new Column("api_url", "URL", "The entry in the JSON API, with everything the CSV leaves out.",
					"https://example.org/api/v1/entries/education/feedback", ApiModel.Entry::apiUrl),
			new Column("band", "code",
					"Network evidence band of the headline finding: WELL_SUPPORTED, PROMISING, MIXED, NO_EFFECT, HARMFUL, INSUFFICIENT or NOT_RATED. Derived from effect and confidence.",
					"WELL_SUPPORTED", (e) -> e.network().band()),
			new Column("band_label", "text", "The evidence band in words.", "Well supported",
					(e) -> e.network().bandLabel()),
			new Column("effect", "code",
					"Network effect of the headline finding: POSITIVE, MIXED, NO_EFFECT, NEGATIVE or UNCLEAR; empty when not rated.",
					"POSITIVE", (e) -> e.network().effect()),
			new Column("confidence", "whole number 0-5",
					"Network confidence (strength of evidence) of the headline finding; empty when not rated.", "4",
					(e) -> e.network().confidence()),
			new Column("confidence_label", "text",
					"Confidence in words: " + String.join(", ", NetworkStandard.CONFIDENCE_LABELS) + ", or Not rated.",
					"Strong", (e) -> e.network().confidenceLabel()),
			new Column("cost_band", "whole number 1-5", "Network cost band; empty when not assessed.", "1",
					ApiModel.Entry::costBand),
			new Column("cost_band_label", "text",
					"Cost band in words: " + String.join(", ", NetworkStandard.COST_BAND_LABELS) + ", or Not assessed.",
					"Very low", ApiModel.Entry::costBandLabel),
			new Column("cost_unit", "text", "What the centre's costs are per; empty if the centre states none.",
					"per pupil per year", ApiModel.Entry::costUnit),
			new Column("native_headline", "text",
					"The centre's own headline ratings as its users know them, 'scale: value' separated by '; '.",
					"Impact: 6 months; Cost: Very low; Evidence strength: Strong",
					(e) -> joinRatings(e.headline(), true)),
			new Column("native_ratings", "text",
					"Every entry-level native rating as 'scale id=value code', separated by '; '. Scales are described per centre at /api/v1/centres/{centre}.",
					"months=6; cost=1; padlocks=4", (e) -> joinRatings(e.ratings(), false)),
			new Column("outcome", "text", "Outcome of the headline finding, in the centre's own words.", "Attainment",
					(e) -> e.findings().isEmpty() ? null : e.findings().get(0).outcomeLabel()),
			new Column("findings", "whole number",
					"How many findings (outcomes) the entry reports; see the API for each.", "2",
					(e) -> e.findings().size()),
			new Column("domains", "codes", "Network outcome domains, separated by '; '.", "EDUCATION_AND_SKILLS",
					(e) -> join(e.domains())),
			new Column("life_stages", "codes", "Network life stages, separated by '; '.", "PRIMARY_AGE; SECONDARY_AGE",
					(e) -> join(e.lifeStages())),
			new Column("approaches", "codes", "Network approach types, separated by '; '.", "TEACHING_AND_CURRICULUM",
					(e) -> join(e.approaches())),
			new Column("status", "code", "CURRENT, SUPERSEDED or WITHDRAWN.", "CURRENT",
					(e) -> e.provenance().status()),
			new Column("superseded_by", "text",
					"Reference centre/id of the entry that replaces it; empty unless superseded.", "health/ng136",
					(e) -> e.provenance().supersededBy()),
			new Column("last_reviewed", "date (YYYY-MM-DD)", "When the centre last reviewed the entry.", "2024-06-01",
					(e) -> e.provenance().lastReviewed()),
			new Column("published", "date (YYYY-MM-DD)", "When the centre first published it; empty if unknown.",
					"2021-07-01", (e) -> e.provenance().published()),
			new Column("verified", "true or false",
					"Whether the figures were checked against the centre's source; false means placeholders to be checked.",
					"true", (e) -> e.provenance().verified()),
			new Column("checked", "date (YYYY-MM-DD)", "When the network last checked the figures; empty if never.",
					"2026-11-25", (e) -> e.provenance().checked()),
			new Column("source_url", "URL", "The entry's page on the centre's own site.",
					"https://educationendowmentfoundation.org.uk/", (e) -> e.provenance().source()),
			new Column("sources", "URLs", "Every public source, separated by ' '.", "https://example.org/a",
					(e) -> String.join(" ", e.sources().stream().map((s) -> String.valueOf(s.url())).toList())),
			new Column("related", "references", "Related entries as centre/id, separated by '; '.", "crime/mentoring",
					(e) -> String.join("; ", e.related().stream().map((r) -> r.centre() + "/" + r.id()).toList())),
			new Column("approach", "text",
					"Id of the cross-centre approach the entry belongs to, whose page is /approaches/{id}; empty when no other centre covers it.",
					"multisystemic-therapy", (e) -> (e.approach() != null) ? e.approach().id() : null),
			new Column("agreement", "code",
					"Whether the centres covering that approach agree: DIFFER if their network bands differ on any outcome domain they share, else AGREE if they agree on any, else NOT_COMPARABLE; empty when there is no approach.",
					"DIFFER", (e) -> (e.approach() != null) ? e.approach().agreement() : null),
			new Column("best_design", "code",
					"Best study design of any finding: RANDOMISED, QUASI_EXPERIMENTAL, OTHER, NONE (no evaluation) or UNKNOWN; a design the native rating implies only as a minimum is given as that minimum (see design_is_minimum). The search facet design counts the same value.",
					"RANDOMISED", (e) -> e.criteria().design()),
			new Column("design_is_minimum", "true or false",
					"True when best_design is only the least the native rating implies (\"at least quasi-experimental\").",
					"false", (e) -> e.criteria().designIsMinimum()),
			new Column("independent_replication", "code",
					"Independent replication of any finding: YES (by an independent team), SAME_TEAM_ONLY, NO or UNKNOWN, the strongest any finding shows.",
					"YES", (e) -> e.criteria().replication()),
			new Column("lasting_effect", "code",
					"A lasting effect (at a follow-up of 12 months or more): YES if any finding shows one, else NO if any is known not to, else UNKNOWN.",
					"YES", (e) -> e.criteria().lastingEffect()),
			new Column("uk_evidence", "code",
					"UK evidence behind any finding: YES if any finding has some, else NO if any is known to have none, else UNKNOWN.",
					"UNKNOWN", (e) -> e.criteria().ukEvidence()),
			new Column("setting", "codes",
					"Network fit settings where it is delivered (SCHOOL, EARLY_YEARS_SETTING, HOME, COMMUNITY, HEALTH_SERVICE, POLICE_AND_JUSTICE, WORKPLACE, LOCAL_AREA), separated by '; '; empty when the centre does not say.",
					"SCHOOL", (e) -> join(e.fit().settings())),
			new Column("level_of_need", "codes",
					"Levels of need it is for (UNIVERSAL, TARGETED, SPECIALIST), separated by '; '; empty when the centre does not say.",
					"TARGETED", (e) -> join(e.fit().needs())),
			new Column("delivery", "codes",
					"How it reaches people (INDIVIDUAL, GROUP, WHOLE_ORGANISATION, PLACE), separated by '; '; empty when the centre does not say.",
					"GROUP", (e) -> join(e.fit().deliveries())),
			new Column("ready_to_implement", "true or false",
					"True when the centre says a manual or materials and training are available; false when it says they are not or does not say.",
					"true", ApiModel.Entry::readyToImplement),
			new Column("cost_pounds", "number",
					"What it costs in pounds sterling as the centre publishes it (see cost_pounds_unit and cost_price_year); empty when the centre gives no amount.",
					"140", (e) -> (e.cost() != null) ? e.cost().amount().toPlainString() : null),
			new Column("cost_pounds_unit", "text", "What that amount is for; empty when there is no amount.",
					"per pupil per year", (e) -> (e.cost() != null) ? e.cost().unit() : null),
			new Column("cost_price_year", "year",
					"The year whose prices the amount is in; empty when there is no amount.", "2023",
					(e) -> (e.cost() != null) ? e.cost().priceYear() : null));

	private DataDictionary() {
	}

	static List<String> names() {
		return COLUMNS.stream().map(Column::name).toList();
	}

	/** One CSV row: every column's value as text, formula-like text made inert. */
	static List<String> row(ApiModel.Entry entry) {
		List<String> row = new ArrayList<>(COLUMNS.size());
		for (Column column : COLUMNS) {
			Object value = column.value().apply(entry);
			row.add(cell(value));
		}
		return row;
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof NetworkTerm term) ? term.name() : String.valueOf(value);
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	private static String join(List<? extends Enum<?>> values) {
		return String.join("; ", values.stream().map(Enum::name).toList());
	}

	private static String joinRatings(List<ApiModel.NativeRating> ratings, boolean labels) {
		List<String> parts = new ArrayList<>();
		for (ApiModel.NativeRating rating : ratings) {
			parts.add(labels ? rating.scaleName() + ": " + rating.label() : rating.scale() + "=" + rating.value());
		}
		return String.join("; ", parts);
	}

}
