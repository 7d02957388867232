package org.whatworks.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.whatworks.core.content.UnavailableCentre;
import org.whatworks.core.plugin.CentrePlugin;
import org.whatworks.core.plugin.CentreRegistry;

/**
 * The centre plugins of the running site, resolved once at start-up, and every centre
 * that was found but cannot be served, with the reason:
 * <ul>
 * <li>a plugin that throws while it is created or asked for its id;</li>
 * <li>two plugins declaring one id (neither is served);</li>
 * <li>a plugin built for another contract version, or with a malformed id (both versions
 * are named);</li>
 * <li>centre content on the class path ({@code whatworks/centres/<id>/centre.yaml}) that
 * no plugin registers, which is what a centre jar without its
 * {@code AutoConfiguration.imports} file looks like.</li>
 * </ul>
 * Whether any of these stops start-up is for {@link NetworkContent} to decide, so that
 * under {@code on-error=fail} every problem is listed at once.
 */
final class CentrePlugins {

	static final String REGISTRATION_FILE = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	static final String CONTENT_PATTERN = "classpath*:whatworks/centres/*/centre.yaml";

	private final List<CentrePlugin> started;

	private final List<CentrePlugin> enabled;

	private final Set<String> disabled;

	private final List<UnavailableCentre> broken;

	private CentrePlugins(List<CentrePlugin> started, List<CentrePlugin> enabled, Set<String> disabled,
			List<UnavailableCentre> broken) {
		this.started = List.copyOf(started);
		this.enabled = List.copyOf(enabled);
		this.disabled = Set.copyOf(disabled);
		this.broken = List.copyOf(broken);
	}

	/**
	 * Resolves the plugins.
	 * @param candidates a factory per plugin found (keyed by a name for messages, such as
	 * the bean name); a factory may throw
	 * @param enabledById the {@code whatworks.centres.<id>.enabled} settings
	 * @param classLoader where to look for centre content that no plugin registers, or
	 * null not to look
	 * @param previewIds ids of centres served from a preview folder
	 * @return the resolved plugins
	 * @throws org.whatworks.core.plugin.CentrePluginException when the configuration
	 * names a centre id that no plugin has
	 */
	static CentrePlugins resolve(Map<String, Supplier<CentrePlugin>> candidates, Map<String, Boolean> enabledById,
			ClassLoader classLoader, Set<String> previewIds) {
		List<CentrePlugin> started = new ArrayList<>();
		Map<String, UnavailableCentre> broken = new TreeMap<>();
		candidates.forEach((name, factory) -> {
			CentrePlugin plugin;
			try {
				plugin = factory.get();
			}
			catch (RuntimeException ex) {
				broken.put(name, new UnavailableCentre(name,
						List.of("The centre plugin '" + name + "' failed to start: " + describe(ex))));
				return;
			}
			try {
				if (plugin.id() == null) {
					throw new IllegalStateException("id() returned null");
				}
				plugin.contractVersion();
				started.add(plugin);
			}
			catch (RuntimeException ex) {
				String type = plugin.getClass().getName();
				broken.put(type, new UnavailableCentre(type,
						List.of("The centre plugin " + type + " failed to start: " + describe(ex))));
			}
		});
		Map<String, List<CentrePlugin>> byId = new LinkedHashMap<>();
		started.forEach((plugin) -> byId.computeIfAbsent(plugin.id(), (id) -> new ArrayList<>()).add(plugin));
		String found = "centres found: " + String.join(", ", new TreeSet<>(byId.keySet()));
		Set<String> duplicated = new TreeSet<>();
		byId.forEach((id, same) -> {
			if (same.size() > 1) {
				duplicated.add(id);
				broken.put(id,
						new UnavailableCentre(id,
								List.of("Duplicate centre id '" + id + "' declared by "
										+ same.stream().map((p) -> p.getClass().getName()).sorted().toList()
										+ "; neither is served; " + found)));
			}
		});
		CentreRegistry registry = CentreRegistry.resolve(byId.values().stream().map((same) -> same.get(0)).toList(),
				enabledById, true);
		registry.refused()
			.forEach((refused) -> broken.put(refused.id(),
					new UnavailableCentre(refused.id(), List.of(refused.reason()))));
		List<CentrePlugin> enabled = registry.enabled()
			.stream()
			.filter((plugin) -> !duplicated.contains(plugin.id()))
			.toList();
		if (classLoader != null) {
			Set<String> known = new TreeSet<>(byId.keySet());
			known.addAll(registry.disabled());
			known.addAll(previewIds);
			unregistered(classLoader, known).forEach((centre) -> broken.putIfAbsent(centre.id(), centre));
		}
		return new CentrePlugins(started, enabled, registry.disabled(), new ArrayList<>(broken.values()));
	}

	/**
	 * Centre content on a class path that no known centre id claims.
	 * @param classLoader the class path
	 * @param knownIds the ids of every plugin found, served or not
	 * @return an unavailable centre per unclaimed content folder
	 */
	static List<UnavailableCentre> unregistered(ClassLoader classLoader, Collection<String> knownIds) {
		List<UnavailableCentre> unregistered = new ArrayList<>();
		try {
			Resource[] descriptors = new PathMatchingResourcePatternResolver(classLoader).getResources(CONTENT_PATTERN);
			Map<String, String> locations = new TreeMap<>();
			for (Resource descriptor : descriptors) {
				String url = descriptor.getURL().toString();
				String folder = url.substring(0, url.length() - "/centre.yaml".length());
				String id = folder.substring(folder.lastIndexOf('/') + 1);
				if (!knownIds.contains(id)) {
					locations.merge(id, url, (a, b) -> a + ", " + b);
				}
			}
			locations.forEach((id,
					where) -> unregistered.add(new UnavailableCentre(id,
							List.of("Content for centre '" + id + "' is on the class path (" + where
									+ ") but no centre plugin registers it: the centre's jar needs " + REGISTRATION_FILE
									+ " naming an auto-configuration class that declares its CentrePlugin bean"))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return unregistered;
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
	}

	/** Every plugin that started, served or not, in the order found. */
	List<CentrePlugin> started() {
		return this.started;
	}

	/** The plugins to serve, ordered by id. */
	List<CentrePlugin> enabled() {
		return this.enabled;
	}

	/** The ids of centres switched off by configuration. */
	Set<String> disabled() {
		return this.disabled;
	}

	/** Centres found but not to be served, with the reasons, ordered by id. */
	List<UnavailableCentre> broken() {
		return this.broken;
	}

}
