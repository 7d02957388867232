/**
 * Cross-centre search: one service, used by the site and the API alike, over an index of
 * every loaded centre. See {@link org.whatworks.core.search.EvidenceSearch}.
 */
@NamedInterface("search")
@NullMarked
package org.whatworks.core.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
