package org.whatworks.core.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EntryStatus;
import org.whatworks.core.model.EvidenceEntry;

/**
 * The links an entry makes to other entries of its own centre (related entries, its
 * successor and the entries it replaces), checked once every entry of the centre is read.
 */
final class PendingRefs {

	private final String centreId;

	private final FieldReader in;

	private final List<EntryRef> related;

	private final EntryRef supersededBy;

	private final List<EntryRef> replaces;

	private final String id;

	PendingRefs(String centreId, FieldReader in, List<EntryRef> related, EntryRef supersededBy, List<EntryRef> replaces,
			String id) {
		this.centreId = centreId;
		this.in = in;
		this.related = related;
		this.supersededBy = supersededBy;
		this.replaces = replaces;
		this.id = id;
	}

	void checkReplaced(Map<String, EvidenceEntry> byId) {
		EntryRef self = new EntryRef(this.centreId, this.id);
		for (int i = 0; i < this.replaces.size(); i++) {
			EntryRef ref = this.replaces.get(i);
			if (!ref.centreId().equals(this.centreId)) {
				continue;
			}
			EvidenceEntry replaced = byId.get(ref.entryId());
			if (replaced == null) {
				this.in.problem("provenance.replaces[" + i + "]", ref.entryId(), "no entry of this centre has this id",
						"an id of an entry in entries/");
			}
			else if (replaced.provenance().status() != EntryStatus.SUPERSEDED
					|| !self.equals(replaced.provenance().supersededBy())) {
				this.in.problem("provenance.replaces[" + i + "]", ref.entryId(),
						"the replaced entry is still shown as "
								+ replaced.provenance().status().name().toLowerCase(java.util.Locale.ROOT)
								+ ": its successor is in the content",
						"in " + replaced.file() + ": status: superseded, supersededBy: " + this.id);
			}
		}
	}

	void check(Set<String> ids) {
		for (int i = 0; i < this.related.size(); i++) {
			EntryRef ref = this.related.get(i);
			if (ref.centreId().equals(this.centreId) && !ids.contains(ref.entryId())) {
				this.in.problem("related[" + i + "]", ref.entryId(), "no entry of this centre has this id",
						"an id of an entry in entries/, or <centre-id>/<entry-id> for another centre");
			}
			if (ref.equals(new EntryRef(this.centreId, this.id))) {
				this.in.problem("related[" + i + "]", ref.entryId(), "an entry cannot be related to itself", null);
			}
		}
		if (this.supersededBy != null && this.supersededBy.centreId().equals(this.centreId)
				&& !ids.contains(this.supersededBy.entryId())) {
			this.in.problem("provenance.supersededBy", this.supersededBy.entryId(),
					"no entry of this centre has this id", "an id of an entry in entries/");
		}
	}

}
