package org.whatworks.core.model;

import java.net.URI;

/**
 * A public source an entry's facts come from.
 *
 * @param title what the source is
 * @param url where it is
 */
public record Source(String title, URI url) {
}
