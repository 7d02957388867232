/**
 * The contract by which a centre plugs into the network:
 * {@link org.whatworks.core.plugin.CentrePlugin} and the registry that resolves the
 * plugins found at start-up. These types are free of Spring so that a centre can be
 * tested without it.
 */
@NamedInterface("plugin")
@NullMarked
package org.whatworks.core.plugin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
