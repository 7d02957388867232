/**
 * The What Works Network core: the evidence model, the network evidence standard, the
 * contract through which a centre plugs in, content loading and validation, and
 * cross-centre search. Core never names a centre; centres are found through
 * {@link org.whatworks.core.plugin.CentrePlugin}.
 */
package org.whatworks.core;
