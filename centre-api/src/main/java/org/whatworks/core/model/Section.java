package org.whatworks.core.model;

/**
 * A section of an entry's body.
 *
 * @param heading the heading as written
 * @param markdown the section's Markdown source
 * @param html the rendered and sanitised HTML, safe to embed in a page
 */
public record Section(String heading, String markdown, String html) {
}
