package org.whatworks.core.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.whatworks.core.standard.NetworkProfile;

/**
 * One piece of evidence a centre publishes: a toolkit strand, an intervention, a
 * programme, a guideline or a review. Created only by the content loader, which has
 * validated every field against the centre's scales, taxonomies and crosswalk.
 *
 * @param centreId the owning centre's id
 * @param id the entry id, unique within the centre
 * @param kind the centre's own word for this kind of entry
 * @param title the title
 * @param summary one or two plain sentences
 * @param ratings entry-level native ratings by scale id (level code or number as text)
 * @param terms the entry's taxonomy terms by taxonomy id
 * @param findings the findings, the first being the headline; never empty
 * @param sections the body sections
 * @param sources the public sources; never empty
 * @param related references to related entries in this or other centres
 * @param provenance where it comes from and whether its figures are verified
 * @param network the entry's position on the network standard, derived by core
 * @param file the content file it was loaded from, relative to the centre's folder
 * @param qualifiers the centre's qualifiers on the entry-level ratings, by scale id
 * @param ratingSource where the centre published the entry's ratings, or null when the
 * entry itself carries no rating
 * @param implementation what it takes to deliver, as the centre publishes it, or null
 * @param cost what it costs in pounds, as the centre publishes it, or null
 * @param fit the fit terms and where the evidence comes from; never null, possibly
 * {@link EntryFit#NONE}
 * @param sameAs entries of other centres this entry declares to cover the same approach
 * (as declared in this entry's file; the catalogue closes the relation symmetrically)
 * @param includes entries of other centres whose subject is one named part of this
 * entry's broader subject (a strand or guideline including a named programme), as
 * declared in this entry's file; never also in {@code sameAs}; the catalogue closes the
 * relation (the included entry's approach member knows what includes it)
 * @param fieldLines the file line of fields that checks across centres report on, by
 * field path such as {@code sameAs[0]} or {@code includes[0]}; a field not here is
 * reported at line 0
 * @param searchWords everyday words and phrases people use for the entry's subject that
 * its own text may not use, written by the centre for search only (never shown as a fact,
 * never a rating); possibly empty
 */
public record EvidenceEntry(String centreId, String id, String kind, String title, String summary,
		Map<String, String> ratings, Map<String, List<String>> terms, List<Finding> findings, List<Section> sections,
		List<Source> sources, List<EntryRef> related, Provenance provenance, NetworkProfile network, String file,
		Map<String, List<String>> qualifiers, @Nullable RatingSource ratingSource,
		@Nullable Implementation implementation, @Nullable Cost cost, EntryFit fit, List<EntryRef> sameAs,
		List<EntryRef> includes, Map<String, Integer> fieldLines, List<String> searchWords) {

	/** An entry without search words. */
	public EvidenceEntry(String centreId, String id, String kind, String title, String summary,
			Map<String, String> ratings, Map<String, List<String>> terms, List<Finding> findings,
			List<Section> sections, List<Source> sources, List<EntryRef> related, Provenance provenance,
			NetworkProfile network, String file, Map<String, List<String>> qualifiers,
			@Nullable RatingSource ratingSource, @Nullable Implementation implementation, @Nullable Cost cost,
			EntryFit fit, List<EntryRef> sameAs, List<EntryRef> includes, Map<String, Integer> fieldLines) {
		this(centreId, id, kind, title, summary, ratings, terms, findings, sections, sources, related, provenance,
				network, file, qualifiers, ratingSource, implementation, cost, fit, sameAs, includes, fieldLines,
				List.of());
	}

	/** An entry that includes no other centre's entry. */
	public EvidenceEntry(String centreId, String id, String kind, String title, String summary,
			Map<String, String> ratings, Map<String, List<String>> terms, List<Finding> findings,
			List<Section> sections, List<Source> sources, List<EntryRef> related, Provenance provenance,
			NetworkProfile network, String file, Map<String, List<String>> qualifiers,
			@Nullable RatingSource ratingSource, @Nullable Implementation implementation, @Nullable Cost cost,
			EntryFit fit, List<EntryRef> sameAs, Map<String, Integer> fieldLines) {
		this(centreId, id, kind, title, summary, ratings, terms, findings, sections, sources, related, provenance,
				network, file, qualifiers, ratingSource, implementation, cost, fit, sameAs, List.of(), fieldLines);
	}

	/** An entry that declares no cross-centre approach. */
	public EvidenceEntry(String centreId, String id, String kind, String title, String summary,
			Map<String, String> ratings, Map<String, List<String>> terms, List<Finding> findings,
			List<Section> sections, List<Source> sources, List<EntryRef> related, Provenance provenance,
			NetworkProfile network, String file, Map<String, List<String>> qualifiers,
			@Nullable RatingSource ratingSource, @Nullable Implementation implementation, @Nullable Cost cost,
			EntryFit fit) {
		this(centreId, id, kind, title, summary, ratings, terms, findings, sections, sources, related, provenance,
				network, file, qualifiers, ratingSource, implementation, cost, fit, List.of(), Map.of());
	}

	/** An entry without implementation, cost or fit facts. */
	public EvidenceEntry(String centreId, String id, String kind, String title, String summary,
			Map<String, String> ratings, Map<String, List<String>> terms, List<Finding> findings,
			List<Section> sections, List<Source> sources, List<EntryRef> related, Provenance provenance,
			NetworkProfile network, String file, Map<String, List<String>> qualifiers,
			@Nullable RatingSource ratingSource, List<EntryRef> sameAs, Map<String, Integer> fieldLines) {
		this(centreId, id, kind, title, summary, ratings, terms, findings, sections, sources, related, provenance,
				network, file, qualifiers, ratingSource, null, null, EntryFit.NONE, sameAs, fieldLines);
	}

	/** An entry without implementation, cost, fit or cross-centre approach. */
	public EvidenceEntry(String centreId, String id, String kind, String title, String summary,
			Map<String, String> ratings, Map<String, List<String>> terms, List<Finding> findings,
			List<Section> sections, List<Source> sources, List<EntryRef> related, Provenance provenance,
			NetworkProfile network, String file, Map<String, List<String>> qualifiers,
			@Nullable RatingSource ratingSource) {
		this(centreId, id, kind, title, summary, ratings, terms, findings, sections, sources, related, provenance,
				network, file, qualifiers, ratingSource, null, null, EntryFit.NONE, List.of(), Map.of());
	}

	/** An entry without qualifiers or rating source, as a fixture or benchmark makes. */
	public EvidenceEntry(String centreId, String id, String kind, String title, String summary,
			Map<String, String> ratings, Map<String, List<String>> terms, List<Finding> findings,
			List<Section> sections, List<Source> sources, List<EntryRef> related, Provenance provenance,
			NetworkProfile network, String file) {
		this(centreId, id, kind, title, summary, ratings, terms, findings, sections, sources, related, provenance,
				network, file, Map.of(), null);
	}

	/** The qualifiers on the entry's rating on one scale, empty if none. */
	public List<String> qualifiers(String scaleId) {
		return this.qualifiers.getOrDefault(scaleId, List.of());
	}

	/**
	 * Whether the centre rated this entry at all: any native rating on it or a finding.
	 */
	public boolean ratedByCentre() {
		return !this.ratings.isEmpty() || this.findings.stream().anyMatch((finding) -> !finding.ratings().isEmpty());
	}

	public EvidenceEntry {
		ratings = Map.copyOf(ratings);
		terms = Map.copyOf(terms);
		findings = List.copyOf(findings);
		sections = List.copyOf(sections);
		sources = List.copyOf(sources);
		related = List.copyOf(related);
		qualifiers = Map.copyOf(qualifiers);
		fit = (fit != null) ? fit : EntryFit.NONE;
		sameAs = List.copyOf(sameAs);
		includes = List.copyOf(includes);
		fieldLines = Map.copyOf(fieldLines);
		searchWords = List.copyOf(searchWords);
	}

	/** The file line of a field path, or 0 when not recorded. */
	public int line(String fieldPath) {
		return this.fieldLines.getOrDefault(fieldPath, 0);
	}

	/** This entry's network-wide reference. */
	public EntryRef ref() {
		return new EntryRef(this.centreId, this.id);
	}

	/** The headline finding. */
	public Finding headline() {
		return this.findings.get(0);
	}

	/** The entry's terms of one taxonomy, empty if none. */
	public List<String> terms(String taxonomyId) {
		return this.terms.getOrDefault(taxonomyId, List.of());
	}

}
