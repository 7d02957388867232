package org.whatworks.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.whatworks.core.content.Approach;
import org.whatworks.core.content.ApproachMember;
import org.whatworks.core.content.Approaches;
import org.whatworks.core.content.DomainComparison;
import org.whatworks.core.model.Finding;
import org.whatworks.core.standard.Criterion;
import org.whatworks.core.standard.EvidenceCriteria;

/**
 * The JSON shapes of the approaches API, mapped one to one from core's read model.
 */
final class ApproachApiModel {

	private ApproachApiModel() {
	}

	@Schema(description = "The approaches more than one centre covers, with counts.")
	record ApproachList(@Schema(description = "How many approaches more than one centre covers.") int total,
			@Schema(description = "How many of them more than one centre rates.") long ratedByMoreThanOne,
			@Schema(description = "How many differ on at least one shared outcome domain.") int differ,
			@Schema(description = "How many set one centre's whole strand or guideline beside another centre's named programmes (a member with scope BROADER).") long withBroaderMember,
			@Schema(description = "The approaches, ordered by title.") List<ApproachSummary> approaches) {

		static ApproachList of(Approaches approaches) {
			return new ApproachList(approaches.all().size(),
					approaches.all().stream().filter((a) -> a.ratedMembers() > 1).count(),
					approaches.differing().size(), approaches.all().stream().filter(Approach::hasBroaderMember).count(),
					approaches.all().stream().map(ApproachSummary::of).toList());
		}

	}

	@Schema(description = "One approach in brief.")
	record ApproachSummary(@Schema(description = "Stable approach id, as in /approaches/{id}.") String id,
			@Schema(description = "Title of the approach.") String title,
			@Schema(description = "Overall verdict: DIFFER if the bands differ on any shared domain, else AGREE if they agree on any, else NOT_COMPARABLE.",
					allowableValues = {
							"AGREE", "DIFFER", "NOT_COMPARABLE" }) String agreement,
			@Schema(description = "Member entries as centre/entry references.") List<String> members,
			@Schema(description = "Whether a member is a whole strand or guideline that includes other members as named programmes (see the members' scope in the full approach).") boolean hasBroaderMember,
			@Schema(description = "Address of the approach page.") String url){

		static ApproachSummary of(Approach approach) {
			return new ApproachSummary(approach.id(), approach.title(), approach.verdict().name(),
					approach.members().stream().map((m) -> m.entry().ref().toString()).toList(),
					approach.hasBroaderMember(), "/approaches/" + approach.id());
		}

	}

	@Schema(description = "One approach in full: each centre's rating and a verdict per shared outcome domain.")
	record ApproachDetail(@Schema(description = "Stable approach id.") String id,
			@Schema(description = "Title of the approach.") String title,
			@Schema(description = "Overall verdict.", allowableValues = {
					"AGREE", "DIFFER", "NOT_COMPARABLE" }) String agreement,
			@Schema(description = "Each centre's entry on the approach.") List<Member> members,
			@Schema(description = "One comparison per outcome domain that at least two members report on.") List<Comparison> comparisons){

		static ApproachDetail of(Approach approach) {
			return new ApproachDetail(approach.id(), approach.title(), approach.verdict().name(),
					approach.members().stream().map(Member::of).toList(),
					approach.comparisons().stream().map(Comparison::of).toList());
		}

	}

	@Schema(description = "One centre's entry on an approach.")
	record Member(@Schema(description = "Centre id.") String centre,
			@Schema(description = "Centre short name, as its users know it.") String centreName,
			@Schema(description = "Entry reference, centre/entry.") String entry,
			@Schema(description = "Entry title.") String title,
			@Schema(description = "The entry's summary in plain words.") String summary,
			@Schema(description = "The centre's own ratings on its own scales, by scale id; empty when the centre did not rate it.") Map<String, String> nativeRatings,
			@Schema(description = "Whether the centre rated the entry.") boolean rated,
			@Schema(description = "Network band of the entry's headline finding.") String band,
			@Schema(description = "The entry's scope within the approach: SAME when it covers the same subject as the "
					+ "others; BROADER when it is a whole strand, toolkit topic or guideline that includes other members "
					+ "as named parts (listed in includes); NARROWER when it is one named programme a broader member "
					+ "includes (listed in includedIn). A BROADER and a NARROWER member are never compared: that domain "
					+ "is NOT_COMPARABLE, because the average of a strand is not a verdict on one programme.",
					allowableValues = {
							"SAME", "BROADER", "NARROWER" }) String scope,
			@Schema(description = "The scope in words, as the approach page shows it.") String scopeLabel,
			@Schema(description = "For a BROADER member, the members it includes, as centre/entry references; empty otherwise.") List<String> includes,
			@Schema(description = "For a NARROWER member, the broader members that include it, as centre/entry references; empty otherwise.") List<String> includedIn){

		static Member of(ApproachMember member) {
			return new Member(member.centre().id(), member.centre().shortName(), member.entry().ref().toString(),
					member.entry().title(), member.entry().summary(), member.entry().ratings(), member.rated(),
					member.entry().network().headline().band().name(), member.scope().name(), member.scope().label(),
					member.includes().stream().map(Object::toString).toList(),
					member.includedIn().stream().map(Object::toString).toList());
		}

	}

	@Schema(description = "How the members compare on one outcome domain.")
	record Comparison(@Schema(description = "Outcome domain code.") String domain,
			@Schema(description = "Outcome domain label.") String domainLabel,
			@Schema(description = "Verdict.", allowableValues = {
					"AGREE", "DIFFER", "NOT_COMPARABLE" }) String verdict,
			@Schema(description = "The rule that gave the verdict, applied to these findings, in words.") String rule,
			@Schema(description = "Where the bands differ, the differences that explain it; empty otherwise.") List<String> reasons,
			@Schema(description = "Each member's finding in this domain.") List<MemberFinding> findings){

		static Comparison of(DomainComparison comparison) {
			return new Comparison(comparison.domain().name(), comparison.domain().label(), comparison.verdict().name(),
					comparison.rule(), comparison.reasons(),
					comparison.findings().stream().map(MemberFinding::of).toList());
		}

	}

	@Schema(description = "One member's finding in a domain.")
	record MemberFinding(@Schema(description = "Entry reference, centre/entry.") String entry,
			@Schema(description = "Outcome term id in the centre's outcome taxonomy.") String outcome,
			@Schema(description = "What the finding is about, or null.") String label,
			@Schema(description = "Network band of the finding.") String band,
			@Schema(description = "Network confidence 0-5, or null when not rated.") Integer confidence,
			@Schema(description = "Evidence criteria, by criterion field name: value in words.") Map<String, String> criteria) {

		static MemberFinding of(DomainComparison.MemberFinding finding) {
			Finding f = finding.finding();
			return new MemberFinding(finding.member().entry().ref().toString(), f.outcome(), f.label(),
					f.network().band().name(), f.network().confidence(), criteriaOf(f.criteria()));
		}

	}

	static Map<String, String> criteriaOf(EvidenceCriteria criteria) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		for (Criterion criterion : Criterion.values()) {
			values.put(criterion.field(), criteria.describe(criterion));
		}
		return values;
	}

}
