package org.whatworks.core.model;

import org.jspecify.annotations.Nullable;

/**
 * One level of an ordinal or categorical scale.
 *
 * @param code the code used in content files and the API
 * @param label the label shown to people
 * @param description what the level means, or null
 * @param count how many icons to draw for this level
 */
public record ScaleLevel(String code, String label, @Nullable String description, int count) {
}
