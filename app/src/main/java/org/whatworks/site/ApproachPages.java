package org.whatworks.site;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.whatworks.core.content.Approach;
import org.whatworks.core.content.Verdict;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.Criterion;
import org.whatworks.network.NetworkContent;

/**
 * What templates need about approaches and evidence criteria, so that the entry page can
 * show its panel and checklist without its controller knowing about them.
 */
@Component("approachPages")
public class ApproachPages {

	private final NetworkContent content;

	ApproachPages(NetworkContent content) {
		this.content = content;
	}

	/** The approach an entry belongs to, if any. */
	public Optional<Approach> of(EvidenceEntry entry) {
		return this.content.catalogue().approaches().of(entry.ref());
	}

	/**
	 * Members' titles with their centre's short name, for "includes" and "included in".
	 */
	public String titles(Approach approach, List<EntryRef> refs) {
		return refs.stream()
			.map(approach::member)
			.flatMap(Optional::stream)
			.map((m) -> m.entry().title() + " (" + m.centre().shortName() + ")")
			.collect(Collectors.joining(", "));
	}

	/** The evidence criteria in display order. */
	public List<Criterion> criteria() {
		return List.of(Criterion.values());
	}

	/** The GOV.UK tag colour of a verdict. */
	public String verdictClass(Verdict verdict) {
		return switch (verdict) {
			case AGREE -> "govuk-tag--green";
			case DIFFER -> "govuk-tag--orange";
			case NOT_COMPARABLE -> "govuk-tag--grey";
		};
	}

}
