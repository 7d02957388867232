package org.whatworks.core.content;

/**
 * What the site does when a centre's plugin or content is broken
 * ({@code whatworks.plugins.on-error}).
 */
public enum OnError {

	/** Refuse to start, listing every problem. */
	FAIL,
	/** Serve the other centres and mark the broken one unavailable, with the reason. */
	QUARANTINE

}
