package org.whatworks.core.content;

import java.util.List;

import org.whatworks.core.model.Finding;
import org.whatworks.core.standard.OutcomeDomain;

/**
 * How the members of an approach compare on one outcome domain they share.
 *
 * @param domain the outcome domain
 * @param findings each member's finding in the domain (its first finding whose outcome
 * maps to the domain), in member order; only members with such a finding
 * @param verdict agree, differ or not comparable
 * @param rule the rule that gave the verdict, applied to these findings, in words
 * @param reasons where the bands differ, the differences in confidence, effect and
 * evidence criteria that explain it, one sentence each; empty otherwise
 */
public record DomainComparison(OutcomeDomain domain, List<MemberFinding> findings, Verdict verdict, String rule,
		List<String> reasons) {

	public DomainComparison {
		findings = List.copyOf(findings);
		reasons = List.copyOf(reasons);
	}

	/**
	 * One member's finding in the domain.
	 *
	 * @param member the member
	 * @param finding its finding in the domain
	 */
	public record MemberFinding(ApproachMember member, Finding finding) {

		/** Whether the centre rated this finding. */
		public boolean rated() {
			return this.finding.network().band() != org.whatworks.core.standard.EvidenceBand.NOT_RATED;
		}

	}

}
