package org.whatworks.core.model;

/**
 * A reference to an entry anywhere in the network, written {@code centre/entry}.
 *
 * @param centreId the centre id
 * @param entryId the entry id within that centre
 */
public record EntryRef(String centreId, String entryId) {

	/**
	 * Parses {@code centre/entry}, or a bare {@code entry} meaning an entry of the given
	 * centre.
	 * @param text the reference as written in content
	 * @param defaultCentre the centre a bare id belongs to
	 * @return the reference
	 */
	public static EntryRef parse(String text, String defaultCentre) {
		int slash = text.indexOf('/');
		return (slash < 0) ? new EntryRef(defaultCentre, text)
				: new EntryRef(text.substring(0, slash), text.substring(slash + 1));
	}

	@Override
	public String toString() {
		return this.centreId + "/" + this.entryId;
	}

}
