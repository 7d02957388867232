package org.whatworks.core.plugin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The centre plugins of one running site, resolved once at start-up. Like Lucene's named
 * SPI loader it fails fast, naming every problem and the ids it found: two plugins with
 * one id, an id in configuration that no plugin has, a malformed id, or a plugin built
 * for another contract version.
 */
public final class CentreRegistry {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final List<CentrePlugin> enabled;

	private final Set<String> disabled;

	private final List<RefusedPlugin> refused;

	private CentreRegistry(List<CentrePlugin> enabled, Set<String> disabled, List<RefusedPlugin> refused) {
		this.enabled = List.copyOf(enabled);
		this.disabled = Set.copyOf(disabled);
		this.refused = List.copyOf(refused);
	}

	/**
	 * Resolves the plugins found on the class path against the site's configuration.
	 * @param plugins every plugin found
	 * @param enabledById the {@code whatworks.centres.<id>.enabled} settings; a centre
	 * without a setting is enabled
	 * @param quarantine when true, a plugin with an incompatible contract version or a
	 * malformed id is refused and reported by {@link #refused()} instead of failing
	 * @return the registry
	 * @throws CentrePluginException listing every problem and the ids found
	 */
	public static CentreRegistry resolve(Collection<? extends CentrePlugin> plugins, Map<String, Boolean> enabledById,
			boolean quarantine) {
		List<String> problems = new ArrayList<>();
		Map<String, List<CentrePlugin>> byId = new LinkedHashMap<>();
		for (CentrePlugin plugin : plugins) {
			byId.computeIfAbsent(String.valueOf(plugin.id()), (id) -> new ArrayList<>()).add(plugin);
		}
		String found = "centres found: " + String.join(", ", new TreeSet<>(byId.keySet()));
		byId.forEach((id, same) -> {
			if (same.size() > 1) {
				problems.add("Duplicate centre id '" + id + "' declared by "
						+ same.stream().map((p) -> p.getClass().getName()).sorted().toList() + "; " + found);
			}
		});
		enabledById.keySet()
			.stream()
			.filter((id) -> !byId.containsKey(id))
			.sorted()
			.forEach((id) -> problems
				.add("Unknown centre id '" + id + "' in whatworks.centres." + id + ".enabled; " + found));
		if (!problems.isEmpty()) {
			throw new CentrePluginException(problems);
		}
		List<CentrePlugin> enabled = new ArrayList<>();
		Set<String> disabled = new TreeSet<>();
		List<RefusedPlugin> refused = new ArrayList<>();
		for (CentrePlugin plugin : byId.values().stream().map((same) -> same.get(0)).toList()) {
			String id = plugin.id();
			if (!enabledById.getOrDefault(id, true)) {
				disabled.add(id);
				continue;
			}
			String problem = check(plugin);
			if (problem == null) {
				enabled.add(plugin);
			}
			else if (quarantine) {
				refused.add(new RefusedPlugin(id, problem));
			}
			else {
				problems.add(problem);
			}
		}
		if (!problems.isEmpty()) {
			throw new CentrePluginException(problems);
		}
		enabled.sort(Comparator.comparing(CentrePlugin::id));
		return new CentreRegistry(enabled, disabled, refused);
	}

	private static String check(CentrePlugin plugin) {
		String id = plugin.id();
		if (!ID.matcher(id).matches()) {
			return "Centre id '" + id + "' of " + plugin.getClass().getName()
					+ " is not allowed: use lower-case letters, digits and single hyphens";
		}
		if (plugin.contractVersion() != CentrePlugin.CONTRACT_VERSION) {
			return "Centre '" + id + "' was built for plugin contract version " + plugin.contractVersion()
					+ " but this site implements version " + CentrePlugin.CONTRACT_VERSION;
		}
		return null;
	}

	/** The enabled, compatible plugins, ordered by id. */
	public List<CentrePlugin> enabled() {
		return this.enabled;
	}

	/** The ids of centres switched off by configuration. */
	public Set<String> disabled() {
		return this.disabled;
	}

	/** Plugins refused under the quarantine policy, with the reason. */
	public List<RefusedPlugin> refused() {
		return this.refused;
	}

	/**
	 * A plugin that was found but not admitted.
	 *
	 * @param id the centre id it declared
	 * @param reason why it was refused
	 */
	public record RefusedPlugin(String id, String reason) {
	}

}
