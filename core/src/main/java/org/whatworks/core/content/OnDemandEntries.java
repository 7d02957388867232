package org.whatworks.core.content;

import java.util.AbstractList;
import java.util.Optional;
import java.util.RandomAccess;

import org.whatworks.core.model.EvidenceEntry;

/**
 * A centre's entries kept outside the heap and read one at a time when asked for, for
 * catalogues too large to hold as objects (a million entries with their bodies take
 * gigabytes). The content loader never makes one: files are small enough to hold. A
 * program whose entries live elsewhere (a database, an archive, a generator) passes one
 * to {@link LoadedCentre}, which keeps it as it is instead of copying it.
 * <p>
 * Contract: the list is unmodifiable and safe to read from many threads; for the life of
 * the catalogue, {@link #get(int)} returns an equal entry every time and the entries' ids
 * are unique; {@link #byId(String)} finds exactly the entry {@code get} has at some
 * index. Readers (the search index, the catalogue) keep references, not entries, so an
 * implementation may return a new object from every call.
 */
public abstract class OnDemandEntries extends AbstractList<EvidenceEntry> implements RandomAccess {

	/**
	 * The entry with this id, read when asked for.
	 * @param entryId an entry id of this centre
	 * @return the entry, or empty if the centre has none with this id
	 */
	public abstract Optional<EvidenceEntry> byId(String entryId);

}
