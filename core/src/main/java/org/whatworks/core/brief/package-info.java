/**
 * Read models for a local decision: a shortlist of entries from any centres put side by
 * side as a decision brief, and citations of entries. The site, CSV and API render these;
 * none of them computes the answers again.
 */
@NamedInterface("brief")
package org.whatworks.core.brief;

import org.springframework.modulith.NamedInterface;
