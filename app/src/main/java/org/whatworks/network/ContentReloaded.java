package org.whatworks.network;

import java.time.Instant;
import java.util.List;

/**
 * Published after the network's content was loaded again and swapped in.
 *
 * @param centres the ids of the centres now served
 * @param unavailable the ids of centres found but not served
 * @param entries how many entries are served
 * @param at when the new content went live
 */
public record ContentReloaded(List<String> centres, List<String> unavailable, int entries, Instant at) {
}
