/**
 * The What Works Network core: content loading and validation, and cross-centre search.
 * The evidence model, the network evidence standard and the contract through which a
 * centre plugs in live in the same packages but in their own small artifact,
 * {@code whatworks-centre-api}. Core never names a centre; centres are found through
 * {@link org.whatworks.core.plugin.CentrePlugin}.
 */
@NullMarked
package org.whatworks.core;

import org.jspecify.annotations.NullMarked;
