package org.whatworks.core.search;

/**
 * One value of a facet with its count.
 *
 * @param value the code used in filters
 * @param label the label for people
 * @param count matching entries with this value, counted as if this facet were not
 * filtered (drill-sideways), so other values stay visible with their counts
 * @param selected whether the value is in the request's filters
 */
public record FacetValue(String value, String label, long count, boolean selected) {
}
