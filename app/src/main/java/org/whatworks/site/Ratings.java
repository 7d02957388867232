package org.whatworks.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.whatworks.core.content.BandExplanation;
import org.whatworks.core.content.HeadlineRatings;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.DisplayHint;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleKind;
import org.whatworks.core.model.ScaleLevel;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.core.standard.CrosswalkRule;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.network.NetworkContent;

/**
 * Turns native ratings into things a page can draw, using only each centre's scale
 * definitions and display hints, and explains how the crosswalk compared them. Used from
 * templates as {@code @ratings}.
 */
@Component("ratings")
public class Ratings {

	private static final List<String> ICON_ROWS = List.of("padlock", "pound", "star", "bar", "check");

	private final NetworkContent content;

	Ratings(NetworkContent content) {
		this.content = content;
	}

	private Optional<CentreDefinition> definition(String centreId) {
		return this.content.catalogue().centre(centreId).map(LoadedCentre::definition);
	}

	/** The entry's headline ratings ({@link HeadlineRatings}), ready to draw. */
	public List<RatingView> headline(EvidenceEntry entry) {
		return definition(entry.centreId())
			.map((definition) -> HeadlineRatings.of(entry, definition).stream().map(this::view).toList())
			.orElse(List.of());
	}

	/** Every entry-level native rating, in the centre's scale order. */
	public List<RatingView> all(EvidenceEntry entry) {
		return views(entry.centreId(), entry.ratings());
	}

	/** The native ratings stated on one finding. */
	public List<RatingView> finding(EvidenceEntry entry, Finding finding) {
		return views(entry.centreId(), finding.ratings());
	}

	private List<RatingView> views(String centreId, Map<String, String> ratings) {
		List<RatingView> views = new ArrayList<>();
		definition(centreId).ifPresent((definition) -> {
			for (RatingScale scale : definition.scales()) {
				String value = ratings.get(scale.id());
				if (value != null) {
					views.add(view(scale, value));
				}
			}
		});
		return views;
	}

	/**
	 * A drawable headline rating, its qualifiers shown beside the value and explained.
	 */
	public RatingView view(HeadlineRatings.Rating rating) {
		RatingView plain = view(rating.scale(), rating.value());
		if (rating.qualifiers().isEmpty()) {
			return plain;
		}
		StringBuilder description = new StringBuilder((plain.description() != null) ? plain.description() : "");
		rating.qualifiers()
			.stream()
			.filter((qualifier) -> qualifier.description() != null)
			.forEach((qualifier) -> description.append((description.length() > 0) ? " " : "")
				.append(qualifier.label())
				.append(": ")
				.append(qualifier.description()));
		return new RatingView(plain.scaleName(), plain.scaleDescription(), rating.label(), description.toString(),
				plain.icon(), plain.filled(), plain.max(), plain.share());
	}

	/** A drawable rating for one native value of a scale. */
	public RatingView view(RatingScale scale, String value) {
		DisplayHint hint = (scale.display() != null) ? scale.display() : new DisplayHint("text", null, null);
		String icon = (hint.icon() != null) ? hint.icon() : "text";
		if (scale.hasLevels()) {
			Optional<ScaleLevel> level = scale.level(value);
			String label = HeadlineRatings.label(scale, value);
			String description = level.map(ScaleLevel::description).orElse(null);
			boolean row = ICON_ROWS.contains(icon) && hint.max() != null && level.isPresent();
			return new RatingView(scale.name(), scale.description(), label, description, icon,
					row ? Math.min(level.get().count(), hint.max()) : 0, row ? hint.max() : 0, null);
		}
		if (scale.kind() == ScaleKind.PROPORTION) {
			Double share = null;
			String[] parts = value.split("/");
			try {
				if (parts.length == 2 && Integer.parseInt(parts[1].strip()) > 0) {
					share = Integer.parseInt(parts[0].strip()) / (double) Integer.parseInt(parts[1].strip());
				}
			}
			catch (NumberFormatException ex) {
				share = null;
			}
			return new RatingView(scale.name(), scale.description(), HeadlineRatings.label(scale, value), null, icon, 0,
					0, share);
		}
		return new RatingView(scale.name(), scale.description(), HeadlineRatings.label(scale, value), null, icon, 0, 0,
				null);
	}

	/** How the crosswalk turned a finding's native values into its network values. */
	public List<BandExplanation.Step> comparisons(EvidenceEntry entry, Finding finding) {
		return definition(entry.centreId()).map((definition) -> BandExplanation.of(entry, finding, definition))
			.orElse(List.of());
	}

	/** How the entry's cost band was found, or null. */
	public BandExplanation.Step costComparison(EvidenceEntry entry) {
		return definition(entry.centreId()).flatMap((definition) -> BandExplanation.cost(entry, definition))
			.orElse(null);
	}

	/** The centre's label of a finding's outcome term. */
	public String outcome(EvidenceEntry entry, Finding finding) {
		return definition(entry.centreId())
			.map((definition) -> term(definition, definition.centre().outcomeTaxonomy(), finding.outcome()))
			.orElse(finding.outcome());
	}

	/** The label of a centre's taxonomy term, or the id when unknown. */
	public String term(String centreId, String taxonomyId, String termId) {
		return definition(centreId).map((definition) -> term(definition, taxonomyId, termId)).orElse(termId);
	}

	private static String term(CentreDefinition definition, String taxonomyId, String termId) {
		return definition.taxonomy(taxonomyId)
			.flatMap((taxonomy) -> taxonomy.term(termId))
			.map(Term::label)
			.orElse(termId);
	}

	/** The name of a centre's taxonomy, or the id when unknown. */
	public String taxonomyName(String centreId, String taxonomyId) {
		return definition(centreId).flatMap((definition) -> definition.taxonomy(taxonomyId))
			.map(Taxonomy::name)
			.orElse(taxonomyId);
	}

	/** A centre's short name, or the id when it is not loaded. */
	public String centreName(String centreId) {
		return this.content.catalogue().centre(centreId).map((centre) -> centre.centre().shortName()).orElse(centreId);
	}

	/**
	 * The GOV.UK tag colour class of an evidence band (the tag always carries the label
	 * too).
	 */
	public String bandClass(EvidenceBand band) {
		if (band == null) {
			return "govuk-tag--grey";
		}
		return switch (band) {
			case WELL_SUPPORTED -> "govuk-tag--green";
			case PROMISING -> "govuk-tag--turquoise";
			case MIXED -> "govuk-tag--yellow";
			case NO_EFFECT -> "govuk-tag--grey";
			case HARMFUL -> "govuk-tag--red";
			case INSUFFICIENT -> "govuk-tag--orange";
			case NOT_RATED -> "govuk-tag--purple";
		};
	}

	/** The confidence label with its number, such as 'Strong (4 of 5)'. */
	public String confidence(Integer confidence) {
		return BandExplanation.confidence(confidence);
	}

	/** The cost band label with its number and the centre's unit. */
	public String cost(EvidenceEntry entry) {
		Integer band = entry.network().costBand();
		if (band == null) {
			return NetworkStandard.costBandLabel(null);
		}
		String unit = this.content.catalogue().centre(entry.centreId()).map((c) -> c.centre().costUnit()).orElse(null);
		return NetworkStandard.costBandLabel(band) + " (" + band + " of 5)" + ((unit != null) ? ", " + unit : "");
	}

	/**
	 * What a crosswalk rule sets, in words, such as 'effect Positive, confidence Strong
	 * (4 of 5)'.
	 */
	public String sets(CrosswalkRule rule) {
		return BandExplanation.sets(rule);
	}

	/** What the network makes of one level of a scale, or null if nothing. */
	public String levelMapping(String centreId, RatingScale scale, String code) {
		return definition(centreId)
			.flatMap((definition) -> definition.crosswalk()
				.rules(scale.id())
				.stream()
				.filter((rule) -> rule.matchesLevel(code))
				.findFirst())
			.map(this::sets)
			.orElse(null);
	}

	/** The crosswalk rules of a scale. */
	public List<CrosswalkRule> rules(String centreId, RatingScale scale) {
		return definition(centreId).map((definition) -> definition.crosswalk().rules(scale.id())).orElse(List.of());
	}

	/** Whether the centre keeps a scale outside the network standard. */
	public boolean unmapped(String centreId, RatingScale scale) {
		return definition(centreId).map((definition) -> definition.crosswalk().unmapped().contains(scale.id()))
			.orElse(false);
	}

	/** A level's drawable rating, for the scale explanations. */
	public RatingView level(RatingScale scale, String code) {
		return view(scale, code);
	}

}
