/**
 * The evidence model: immutable records for centres, their rating scales and taxonomies,
 * and their evidence entries. Instances are created by the content loader, never by a
 * centre's code.
 */
@NamedInterface("model")
package org.whatworks.core.model;

import org.springframework.modulith.NamedInterface;
