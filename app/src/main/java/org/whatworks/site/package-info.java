/**
 * The public website: server-rendered pages for search, entries, centres, comparison and
 * the evidence gap map.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Website")
package org.whatworks.site;
