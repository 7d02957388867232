package org.whatworks.security;

/**
 * What a signed-in person may do in the admin area.
 */
public enum AdminRole {

	/**
	 * Network staff: every centre's report, search insights, reindex and operations
	 * endpoints.
	 */
	NETWORK_ADMIN("ADMIN"),

	/** A centre's content editor: their own centre's report and reindex only. */
	CENTRE_EDITOR("EDITOR");

	private final String authority;

	AdminRole(String authority) {
		this.authority = authority;
	}

	/** The Spring Security role name (without the {@code ROLE_} prefix). */
	String role() {
		return this.authority;
	}

}
