package org.whatworks.core.model;

import java.net.URI;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a centre published the native ratings of an entry or finding, and when the
 * network saw them there. The loader refuses a rating on a centre's scale without one,
 * and one whose address is not on a host where the centre publishes its ratings.
 *
 * @param url the centre's own page or document that shows the rating
 * @param seen the date the network saw the rating at that address
 * @param shows what the page showed, in the network's words, or null
 */
public record RatingSource(URI url, LocalDate seen, @Nullable String shows) {
}
