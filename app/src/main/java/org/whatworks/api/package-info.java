/**
 * The public JSON API under {@code /api/v1}, its OpenAPI document, and the open data the
 * network publishes: downloads per centre and for the whole network as JSON and CSV, the
 * data dictionary, the sitemap, robots.txt, an OpenSearch description, an Atom feed of
 * recently reviewed entries and schema.org JSON-LD for entry pages ({@link EntryJsonLd}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "API and open data")
package org.whatworks.api;
