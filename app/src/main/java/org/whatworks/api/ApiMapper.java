package org.whatworks.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;
import org.whatworks.core.content.Approach;
import org.whatworks.core.content.BandExplanation;
import org.whatworks.core.content.EntryFacts;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.HeadlineRatings;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.Centre;
import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.Cost;
import org.whatworks.core.model.EntryFit;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.model.Implementation;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleLevel;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.core.search.Facets;
import org.whatworks.core.standard.Criterion;
import org.whatworks.core.standard.CrosswalkRule;
import org.whatworks.core.standard.Effect;
import org.whatworks.core.standard.EvidenceCriteria;
import org.whatworks.core.standard.NetworkRating;
import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.core.standard.NetworkTerm;
import org.whatworks.core.standard.TermMapping;
import org.whatworks.site.SitePaths;
import org.whatworks.site.SiteProperties;

/**
 * Maps the core model onto the API's own records. Links are absolute, built from the
 * site's configured base URL; the site's own pages are {@code /entries/<centre>/<id>},
 * {@code /centres/<centre>} and {@code /search}.
 */
final class ApiMapper {

	private final EvidenceCatalogue catalogue;

	private final String base;

	ApiMapper(EvidenceCatalogue catalogue, String base) {
		this.catalogue = catalogue;
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/**
	 * A mapper whose links start at the site's configured base URL
	 * ({@link SiteProperties}).
	 */
	static ApiMapper forCurrentRequest(EvidenceCatalogue catalogue) {
		return new ApiMapper(catalogue, SiteProperties.current());
	}

	String base() {
		return this.base;
	}

	EvidenceCatalogue catalogue() {
		return this.catalogue;
	}

	URI link(String path) {
		return URI.create(this.base + path);
	}

	URI link(String path, Map<String, List<String>> query) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(this.base + path);
		query.forEach((name, values) -> values.forEach((value) -> builder.queryParam(name, "{v}")));
		List<Object> values = new ArrayList<>();
		query.values().forEach(values::addAll);
		return builder.encode().buildAndExpand(values.toArray()).toUri();
	}

	URI entryPage(EvidenceEntry entry) {
		return link(SitePaths.entry(entry.centreId(), entry.id()));
	}

	URI entryApi(EvidenceEntry entry) {
		return link("/api/v1/entries/" + entry.centreId() + "/" + entry.id());
	}

	ApiModel.CentreSummary summary(LoadedCentre loaded) {
		Centre centre = loaded.centre();
		return new ApiModel.CentreSummary(centre.id(), centre.name(), centre.shortName(), centre.topic(),
				centre.remit(), centre.website(), centre.rated(), loaded.entries().size(),
				link("/api/v1/centres/" + centre.id()), link(SitePaths.centre(centre.id())), downloads(centre.id()));
	}

	ApiModel.Downloads downloads(String centreId) {
		return new ApiModel.Downloads(link("/data/centres/" + centreId + ".csv"),
				link("/data/centres/" + centreId + ".json"));
	}

	ApiModel.CentreDetail detail(LoadedCentre loaded) {
		CentreDefinition definition = loaded.definition();
		Centre centre = definition.centre();
		List<ApiModel.Scale> scales = definition.scales().stream().map(ApiMapper::scale).toList();
		List<ApiModel.TaxonomyView> taxonomies = definition.taxonomies()
			.stream()
			.map((taxonomy) -> new ApiModel.TaxonomyView(taxonomy.id(), taxonomy.name(), terms(taxonomy.terms())))
			.toList();
		List<ApiModel.ScaleRules> rules = new ArrayList<>();
		for (RatingScale scale : definition.scales()) {
			List<CrosswalkRule> scaleRules = definition.crosswalk().rules(scale.id());
			if (!scaleRules.isEmpty()) {
				rules.add(new ApiModel.ScaleRules(scale.id(), scaleRules.stream().map(ApiMapper::rule).toList()));
			}
		}
		definition.crosswalk()
			.scales()
			.keySet()
			.stream()
			.filter((id) -> definition.scale(id).isEmpty())
			.sorted()
			.forEach((id) -> rules.add(new ApiModel.ScaleRules(id,
					definition.crosswalk().rules(id).stream().map(ApiMapper::rule).toList())));
		List<ApiModel.TermMappingView> mappings = new ArrayList<>();
		for (Taxonomy taxonomy : definition.taxonomies()) {
			for (Term term : taxonomy.allTerms()) {
				TermMapping mapping = definition.crosswalk().mapping(taxonomy.id(), term.id());
				if (mapping != null) {
					mappings.add(new ApiModel.TermMappingView(taxonomy.id(), term.id(), mapping.domains(),
							mapping.lifeStages(), mapping.approaches()));
				}
			}
		}
		ApiModel.CrosswalkView crosswalk = new ApiModel.CrosswalkView(definition.crosswalk().explanation(), rules,
				definition.crosswalk().unmapped().stream().sorted().toList(), mappings);
		return new ApiModel.CentreDetail(centre.id(), centre.name(), centre.shortName(), centre.topic(), centre.remit(),
				centre.website(), (centre.owner() != null) ? centre.owner().team() : null, centre.rated(),
				centre.headline(), centre.outcomeTaxonomy(), centre.costUnit(), loaded.entries().size(), scales,
				taxonomies, crosswalk, link(SitePaths.centre(centre.id())), downloads(centre.id()));
	}

	private static ApiModel.Scale scale(RatingScale scale) {
		return new ApiModel.Scale(scale.id(), scale.name(), scale.description(), scale.kind(),
				scale.levels().stream().map(ApiMapper::level).toList(), scale.min(), scale.max(), scale.unit(),
				(scale.display() != null) ? scale.display().icon() : "text",
				(scale.display() != null) ? scale.display().max() : null,
				(scale.display() != null) ? scale.display().format() : null);
	}

	private static ApiModel.Level level(ScaleLevel level) {
		return new ApiModel.Level(level.code(), level.label(), level.description(), level.count());
	}

	private static List<ApiModel.TermView> terms(List<Term> terms) {
		return terms.stream()
			.map((term) -> new ApiModel.TermView(term.id(), term.label(), term.synonyms(), terms(term.children())))
			.toList();
	}

	private static ApiModel.Rule rule(CrosswalkRule rule) {
		return new ApiModel.Rule(rule.describeMatch(), rule.level(), rule.min(), rule.max(), rule.minCount(),
				name(rule.effect()), rule.confidence(), rule.costBand());
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	static ApiModel.Standard standard() {
		return new ApiModel.Standard(
				List.of(Effect.values())
					.stream()
					.map((e) -> new ApiModel.Code(e.name(), e.label(), e.meaning()))
					.toList(),
				java.util.stream.IntStream.rangeClosed(0, 5)
					.mapToObj((i) -> new ApiModel.Numbered(i, NetworkStandard.confidenceLabel(i)))
					.toList(),
				java.util.stream.IntStream.rangeClosed(1, 5)
					.mapToObj((i) -> new ApiModel.Numbered(i, NetworkStandard.costBandLabel(i)))
					.toList(),
				List.of(org.whatworks.core.standard.EvidenceBand.values())
					.stream()
					.map((b) -> new ApiModel.Code(b.name(), b.label(), b.meaning()))
					.toList(),
				codes(org.whatworks.core.standard.OutcomeDomain.values()),
				codes(org.whatworks.core.standard.LifeStage.values()),
				codes(org.whatworks.core.standard.ApproachType.values()),
				codes(org.whatworks.core.standard.Setting.values()),
				codes(org.whatworks.core.standard.NeedLevel.values()),
				codes(org.whatworks.core.standard.DeliveryMode.values()));
	}

	static List<ApiModel.Code> codes(NetworkTerm[] terms) {
		return List.of(terms).stream().map((t) -> new ApiModel.Code(t.name(), t.label(), null)).toList();
	}

	Optional<CentreDefinition> definitionOf(String centreId) {
		return this.catalogue.centre(centreId).map(LoadedCentre::definition);
	}

	List<ApiModel.NativeRating> ratings(EvidenceEntry entry, Map<String, String> ratings) {
		Optional<CentreDefinition> definition = definitionOf(entry.centreId());
		List<String> order = new ArrayList<>();
		definition.ifPresent((d) -> order.addAll(d.centre().headline()));
		definition.ifPresent((d) -> d.scales().forEach((s) -> {
			if (!order.contains(s.id())) {
				order.add(s.id());
			}
		}));
		List<ApiModel.NativeRating> result = new ArrayList<>();
		ratings.keySet()
			.stream()
			.sorted(Comparator.comparingInt((String id) -> order.contains(id) ? order.indexOf(id) : Integer.MAX_VALUE)
				.thenComparing(Comparator.naturalOrder()))
			.forEach((scaleId) -> result.add(rating(definition, scaleId, ratings.get(scaleId))));
		return result;
	}

	private static ApiModel.NativeRating rating(Optional<CentreDefinition> definition, String scaleId, String value) {
		Optional<RatingScale> scale = definition.flatMap((d) -> d.scale(scaleId));
		return new ApiModel.NativeRating(scaleId, scale.map(RatingScale::name).orElse(scaleId), value,
				scale.map((s) -> HeadlineRatings.label(s, value)).orElse(value));
	}

	/** The entry's headline ratings ({@link HeadlineRatings}). */
	List<ApiModel.NativeRating> headline(EvidenceEntry entry) {
		Optional<CentreDefinition> definition = definitionOf(entry.centreId());
		if (definition.isEmpty()) {
			return List.of();
		}
		List<ApiModel.NativeRating> headline = new ArrayList<>();
		for (HeadlineRatings.Rating rating : HeadlineRatings.of(entry, definition.get())) {
			RatingScale scale = rating.scale();
			headline.add(new ApiModel.NativeRating(scale.id(), scale.name(), rating.value(), rating.label()));
		}
		return headline;
	}

	static ApiModel.NetworkRatingView network(NetworkRating rating) {
		return new ApiModel.NetworkRatingView(rating.band(), rating.band().label(), name(rating.effect()),
				rating.confidence(), NetworkStandard.confidenceLabel(rating.confidence()));
	}

	ApiModel.Entry entry(EvidenceEntry entry) {
		Optional<CentreDefinition> definition = definitionOf(entry.centreId());
		String centreName = definition.map((d) -> d.centre().name()).orElse(entry.centreId());
		List<ApiModel.EntryTerms> terms = new ArrayList<>();
		entry.terms().keySet().stream().sorted().forEach((taxonomyId) -> {
			Optional<Taxonomy> taxonomy = definition.flatMap((d) -> d.taxonomy(taxonomyId));
			terms.add(new ApiModel.EntryTerms(taxonomyId, taxonomy.map(Taxonomy::name).orElse(taxonomyId),
					entry.terms(taxonomyId)
						.stream()
						.map((id) -> new ApiModel.TermLabel(id,
								taxonomy.flatMap((t) -> t.term(id)).map(Term::label).orElse(id)))
						.toList()));
		});
		Optional<Taxonomy> outcomes = definition.flatMap((d) -> d.taxonomy(d.centre().outcomeTaxonomy()));
		List<ApiModel.FindingView> findings = new ArrayList<>();
		for (Finding finding : entry.findings()) {
			findings.add(new ApiModel.FindingView(finding.outcome(),
					outcomes.flatMap((t) -> t.term(finding.outcome())).map(Term::label).orElse(finding.outcome()),
					finding.label(), finding.note(), ratings(entry, finding.ratings()), network(finding.network()),
					ApproachApiModel.criteriaOf(finding.criteria()),
					definition.map((d) -> BandExplanation.of(entry, finding, d))
						.orElse(List.of())
						.stream()
						.map((step) -> new ApiModel.ComparisonStep(step.scaleName(), step.value(), step.rule(),
								step.sets()))
						.toList()));
		}
		Integer costBand = entry.network().costBand();
		var provenance = entry.provenance();
		return new ApiModel.Entry(entry.id(), entry.centreId(), centreName, entry.ref().toString(), entry.kind(),
				entry.title(), entry.summary(), entryPage(entry), entryApi(entry), ratings(entry, entry.ratings()),
				headline(entry), network(entry.network().headline()), costBand, NetworkStandard.costBandLabel(costBand),
				definition.map((d) -> d.centre().costUnit()).orElse(null), sorted(entry.network().domains()),
				sorted(entry.network().lifeStages()), sorted(entry.network().approaches()), terms, findings,
				definition.map((d) -> d.crosswalk().explanation()).orElse(""),
				entry.sections()
					.stream()
					.map((s) -> new ApiModel.SectionView(s.heading(), s.markdown(), s.html()))
					.toList(),
				entry.sources().stream().map((s) -> new ApiModel.SourceView(s.title(), s.url())).toList(),
				new ApiModel.ProvenanceView(provenance.source(), provenance.lastReviewed(), provenance.published(),
						provenance.status(),
						(provenance.supersededBy() != null) ? provenance.supersededBy().toString() : null,
						provenance.verified(), provenance.checked()),
				this.catalogue.related(entry).stream().map(this::linkTo).toList(), criteria(entry), fit(entry.fit()),
				implementation(entry.implementation()), EntryFacts.readyToImplement(entry), cost(entry.cost()),
				this.catalogue.approaches().of(entry.ref()).map(this::approach).orElse(null));
	}

	static ApiModel.EntryCriteriaView criteria(EvidenceEntry entry) {
		EvidenceCriteria criteria = EntryFacts.criteria(entry);
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		for (Criterion criterion : Criterion.values()) {
			if (criterion != Criterion.EVALUATIONS) {
				labels.put(criterion.field(), criteria.describe(criterion));
			}
		}
		return new ApiModel.EntryCriteriaView((criteria.design() != null) ? criteria.design().name() : Facets.UNKNOWN,
				criteria.designIsMinimum(), criteria.replication().name(), criteria.lastingEffect().name(),
				criteria.ukEvidence().name(), labels);
	}

	static ApiModel.FitView fit(EntryFit fit) {
		return new ApiModel.FitView(sorted(fit.settings()), sorted(fit.needs()), sorted(fit.deliveries()),
				fit.evidenceFrom(), fit.adapting());
	}

	static ApiModel.ImplementationView implementation(Implementation implementation) {
		return (implementation != null) ? new ApiModel.ImplementationView(implementation.format(),
				implementation.duration(), implementation.deliveredBy(), implementation.qualifications(),
				implementation.training(), implementation.manual(), implementation.licensed(), implementation.source())
				: null;
	}

	static ApiModel.CostView cost(Cost cost) {
		return (cost != null) ? new ApiModel.CostView(cost.amount(), cost.unit(), cost.priceYear(), cost.includes(),
				cost.source(), cost.label()) : null;
	}

	ApiModel.ApproachLink approach(Approach approach) {
		return new ApiModel.ApproachLink(approach.id(), approach.title(), approach.verdict().name(),
				approach.verdict().label(), link("/approaches/" + approach.id()),
				link("/api/v1/approaches/" + approach.id()));
	}

	static <E extends Enum<E>> List<E> sorted(Set<E> values) {
		return values.stream().sorted().toList();
	}

	ApiModel.EntryLink linkTo(EvidenceEntry entry) {
		String centreName = definitionOf(entry.centreId()).map((d) -> d.centre().name()).orElse(entry.centreId());
		return new ApiModel.EntryLink(entry.id(), entry.centreId(), centreName, entry.title(),
				entry.network().headline().band(), entryPage(entry), entryApi(entry));
	}

	ApiModel.Result result(EvidenceEntry entry, List<String> highlights) {
		NetworkRating headline = entry.network().headline();
		String centreName = definitionOf(entry.centreId()).map((d) -> d.centre().name()).orElse(entry.centreId());
		return new ApiModel.Result(entry.id(), entry.centreId(), centreName, entry.title(), entry.kind(),
				entryPage(entry), entryApi(entry), entry.summary(), headline.band(), headline.band().label(),
				name(headline.effect()), headline.confidence(), entry.network().costBand(), headline(entry),
				entry.provenance().lastReviewed(), highlights);
	}

}
