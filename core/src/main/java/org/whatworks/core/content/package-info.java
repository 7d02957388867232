/**
 * Loading and validating centre content: definitions and entries as YAML and Markdown
 * files, every problem reported at once with file, line and field, and the
 * {@link org.whatworks.core.content.EvidenceCatalogue} that holds what loaded.
 */
@NamedInterface("content")
@NullMarked
package org.whatworks.core.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
