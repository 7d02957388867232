/**
 * The public website: server-rendered pages for search, entries (with their schema.org
 * JSON-LD), centres, comparison and the evidence gap map. It owns the site's page paths
 * ({@link org.whatworks.site.SitePaths}, the named interface {@code paths}) and depends
 * on no other web module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Website",
		allowedDependencies = { "network", "core :: *" })
package org.whatworks.site;
