package org.whatworks.core.content;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.standard.Criterion;
import org.whatworks.core.standard.CriterionAnswer;
import org.whatworks.core.standard.EvidenceCriteria;
import org.whatworks.core.standard.Replication;
import org.whatworks.core.standard.StudyDesign;

/**
 * What an entry as a whole shows on the network's evidence criteria and whether it is
 * ready to implement: the one answer search facets, downloads and the API give.
 * <p>
 * An entry's criteria are the strongest its findings show, so that an entry matches a
 * value when any of its findings does: the best study design of any finding (a design the
 * native rating implies only as a minimum counts as that minimum); independent
 * replication if any finding was replicated independently, else same team only if any
 * was, else no if any is known not to be, else not known; and for lasting effect and UK
 * evidence, yes if any finding says yes, else no if any says no, else not known. The
 * number of evaluations is per finding and is left out.
 */
public final class EntryFacts {

	private EntryFacts() {
	}

	/**
	 * The entry's criteria, the strongest of its findings' (see the class description);
	 * {@link EvidenceCriteria#UNKNOWN} when no finding's criteria are known. The basis
	 * names the finding each known value comes from.
	 * @param entry the entry
	 * @return its criteria; never null
	 */
	public static EvidenceCriteria criteria(EvidenceEntry entry) {
		StudyDesign design = null;
		boolean designIsMinimum = false;
		Replication replication = Replication.UNKNOWN;
		CriterionAnswer lasting = CriterionAnswer.UNKNOWN;
		CriterionAnswer uk = CriterionAnswer.UNKNOWN;
		Map<Criterion, String> basis = new EnumMap<>(Criterion.class);
		for (Finding finding : entry.findings()) {
			EvidenceCriteria criteria = finding.criteria();
			String from = "from the finding on " + ((finding.label() != null) ? finding.label() : finding.outcome());
			if (criteria.design() != null && (design == null || better(criteria, design, designIsMinimum))) {
				design = criteria.design();
				designIsMinimum = criteria.designIsMinimum();
				basis.put(Criterion.DESIGN, from);
			}
			if (criteria.replication().ordinal() < replication.ordinal()) {
				replication = criteria.replication();
				basis.put(Criterion.REPLICATION, from);
			}
			if (criteria.lastingEffect().ordinal() < lasting.ordinal()) {
				lasting = criteria.lastingEffect();
				basis.put(Criterion.LASTING_EFFECT, from);
			}
			if (criteria.ukEvidence().ordinal() < uk.ordinal()) {
				uk = criteria.ukEvidence();
				basis.put(Criterion.UK_EVIDENCE, from);
			}
		}
		if (design == null && replication == Replication.UNKNOWN && lasting == CriterionAnswer.UNKNOWN
				&& uk == CriterionAnswer.UNKNOWN) {
			return EvidenceCriteria.UNKNOWN;
		}
		return new EvidenceCriteria(design, designIsMinimum, null, null, null, replication, lasting, uk, basis);
	}

	/**
	 * Whether the centre says a manual or materials and training are available for the
	 * entry ({@link org.whatworks.core.model.Implementation#readyToImplement()}); false
	 * when it publishes no implementation facts.
	 * @param entry the entry
	 * @return whether it is ready to implement
	 */
	public static boolean readyToImplement(EvidenceEntry entry) {
		return entry.implementation() != null && entry.implementation().readyToImplement();
	}

	/** A stronger design, or the same design known exactly rather than as a minimum. */
	private static boolean better(EvidenceCriteria criteria, @Nullable StudyDesign best, boolean bestIsMinimum) {
		StudyDesign design = criteria.design();
		if (best == null || (design != null && design.ordinal() < best.ordinal())) {
			return true;
		}
		return design == best && bestIsMinimum && !criteria.designIsMinimum();
	}

}
