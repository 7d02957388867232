package org.whatworks.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A mark a centre may add to a rating on one of its scales, such as the EIF Guidebook's
 * asterisk for mixed or negative findings. A centre's crosswalk may map a qualifier onto
 * the network standard; an unmapped qualifier is shown beside the rating and changes
 * nothing else.
 *
 * @param code the qualifier code used in entries, unique within the scale
 * @param label the mark or words shown beside the rating
 * @param description what the qualifier means, or null
 */
public record ScaleQualifier(String code, String label, @Nullable String description) {
}
