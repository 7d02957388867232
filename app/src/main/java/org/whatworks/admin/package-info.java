/**
 * The admin area behind sign-in: the content report (entries, unverified figures, stale
 * reviews, broken cross-links, crosswalk coverage), search insights, and reindexing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin",
		allowedDependencies = { "network", "operations", "security", "feedback", "core :: *" })
package org.whatworks.admin;
