/**
 * The public JSON API under {@code /api/v1}, its OpenAPI document, and the open data the
 * network publishes: downloads per centre and for the whole network as JSON and CSV, the
 * data dictionary, the sitemap, robots.txt, an OpenSearch description and an Atom feed of
 * recently reviewed entries. It links to the website's pages through the site's
 * {@link org.whatworks.site.SitePaths}, its only dependency on the site.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API and open data",
		allowedDependencies = { "network", "operations", "site :: paths", "site :: feeds", "core :: *" })
package org.whatworks.api;
