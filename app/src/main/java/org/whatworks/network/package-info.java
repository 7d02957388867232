/**
 * Assembles the network: resolves the centre plugins found on the class path, loads and
 * validates their content, keeps the current catalogue and search index, and reports each
 * centre's health.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network", allowedDependencies = { "core :: *" })
package org.whatworks.network;
