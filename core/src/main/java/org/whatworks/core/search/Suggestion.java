package org.whatworks.core.search;

/**
 * A type-ahead suggestion.
 *
 * @param text the suggested text
 * @param kind {@code entry} for an entry title, {@code term} for a taxonomy or network
 * term
 * @param url the site path the suggestion leads to (an entry page, or a search)
 */
public record Suggestion(String text, String kind, String url) {
}
