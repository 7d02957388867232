package org.whatworks.core.search;

import java.util.List;

/**
 * A facet's values for one search.
 *
 * @param name the facet name (see {@link Facets})
 * @param label the facet's label for people
 * @param values values with counts, in the facet's natural order; values with a zero
 * count are left out unless selected
 */
public record FacetResult(String name, String label, List<FacetValue> values) {

	public FacetResult {
		values = List.copyOf(values);
	}

}
