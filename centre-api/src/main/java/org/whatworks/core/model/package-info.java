/**
 * The evidence model: immutable records for centres, their rating scales and taxonomies,
 * and their evidence entries. Instances are created by the content loader, never by a
 * centre's code.
 */
@NamedInterface("model")
@NullMarked
package org.whatworks.core.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
