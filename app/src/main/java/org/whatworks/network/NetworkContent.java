package org.whatworks.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.whatworks.core.content.CentreLoader;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.ContentValidationException;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.OnError;
import org.whatworks.core.content.UnavailableCentre;
import org.whatworks.core.plugin.CentrePlugin;
import org.whatworks.core.plugin.ContentSource;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.LuceneEvidenceSearch;

/**
 * The content the site serves now: one immutable snapshot of the catalogue and the search
 * index built from it. Everything that reads content asks this for the current
 * {@link EvidenceCatalogue} and keeps using the one it got for the rest of the request; a
 * reload builds a complete new catalogue and index off to the side and swaps both in at
 * once, so readers never see a half-loaded state. The old index closes when the last
 * search still using it ends. A reload that fails leaves the last good content in place.
 * <p>
 * Every centre is validated at start-up and on every reload. Under {@link OnError#FAIL}
 * any broken centre (a plugin that fails to start, a duplicate id, an incompatible
 * contract version, content that no plugin registers, invalid content) stops start-up
 * with one message listing every problem; under {@link OnError#QUARANTINE} the others are
 * served and the broken one is listed by {@link EvidenceCatalogue#unavailable()} with the
 * reasons.
 * <p>
 * In preview mode some centres are read straight from their source folders. When a file
 * there changes, those centres are loaded again and swapped in; if the new content does
 * not validate, the problems are logged and reported by {@link #previewProblems()} and
 * the last good content of that centre keeps being served.
 */
public class NetworkContent implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(NetworkContent.class);

	private final CentrePlugins plugins;

	private final OnError onError;

	private final ApplicationEventPublisher events;

	private final Map<String, CentrePlugin> pluginsById = new TreeMap<>();

	private final Map<String, Path> previewFolders = new TreeMap<>();

	private final Map<String, Outcome> outcomes = new TreeMap<>();

	private final Map<String, LoadedCentre> lastGoodPreview = new TreeMap<>();

	private final Map<String, Map<String, String>> fingerprints = new TreeMap<>();

	private volatile Map<String, List<ContentProblem>> previewProblems = Map.of();

	private final LuceneEvidenceSearch search;

	NetworkContent(CentrePlugins plugins, Map<String, Path> previewFolders, OnError onError,
			ApplicationEventPublisher events) {
		this.plugins = plugins;
		this.onError = onError;
		this.events = events;
		plugins.enabled().forEach((plugin) -> this.pluginsById.put(plugin.id(), plugin));
		Set<String> brokenIds = plugins.broken().stream().map(UnavailableCentre::id).collect(Collectors.toSet());
		previewFolders.forEach((id, folder) -> {
			if (plugins.disabled().contains(id) || brokenIds.contains(id)) {
				logger.warn("Preview of centre '" + id + "' from " + folder
						+ " ignored: the centre is switched off or its plugin is unavailable");
			}
			else {
				this.previewFolders.put(id, folder);
				this.pluginsById.remove(id);
				logger.info("Preview: centre '" + id + "' is served from " + folder + " and reloaded when it changes");
			}
		});
		synchronized (this) {
			readPlugins();
			this.previewFolders.keySet().forEach(this::readPreview);
			this.search = new LuceneEvidenceSearch(assemble(onError));
		}
	}

	/** The catalogue being served: the one the current search index was built from. */
	public EvidenceCatalogue catalogue() {
		return this.search.catalogue();
	}

	/** The search over the content being served; follows reloads. */
	EvidenceSearch search() {
		return this.search;
	}

	/** The ids of centres switched off by configuration. */
	public Set<String> disabledCentres() {
		return this.plugins.disabled();
	}

	/**
	 * Every centre plugin that started, served or not. Use this rather than looking up
	 * {@link CentrePlugin} beans, which fails for a plugin that cannot start.
	 */
	public List<CentrePlugin> plugins() {
		return this.plugins.started();
	}

	/** Whether any centre is served from a preview folder. */
	public boolean previewActive() {
		return !this.previewFolders.isEmpty();
	}

	/** The preview folders by centre id; empty when preview mode is off. */
	public Map<String, Path> previewFolders() {
		return Collections.unmodifiableMap(this.previewFolders);
	}

	/**
	 * What is wrong with the content in the preview folders now, with file, line and
	 * field. Empty when every preview centre validates; while not, the last good content
	 * of that centre is served (a page should show these in a banner).
	 */
	public List<ContentProblem> previewProblems() {
		return this.previewProblems.values().stream().flatMap(List::stream).toList();
	}

	/**
	 * Loads every centre again and swaps the new content in. Under {@link OnError#FAIL} a
	 * broken centre makes this throw and the last good content stays.
	 * @return the new catalogue
	 * @throws ContentValidationException listing every problem, under
	 * {@link OnError#FAIL}
	 */
	public synchronized EvidenceCatalogue reload() {
		readPlugins();
		this.previewFolders.keySet().forEach(this::readPreview);
		return swap(assemble(this.onError));
	}

	/**
	 * Loads the preview centres whose files changed since they were last read and swaps
	 * the new content in. Never fails: content that does not validate is reported by
	 * {@link #previewProblems()} and the last good content stays.
	 * @return whether anything changed
	 */
	synchronized boolean refreshPreview() {
		List<String> changed = this.previewFolders.entrySet()
			.stream()
			.filter((e) -> !PreviewFolders.fingerprint(e.getValue()).equals(this.fingerprints.get(e.getKey())))
			.map(Map.Entry::getKey)
			.toList();
		if (changed.isEmpty()) {
			return false;
		}
		logger.info("Preview: files changed in " + changed + "; loading again");
		changed.forEach(this::readPreview);
		swap(assemble(OnError.QUARANTINE));
		return true;
	}

	/** Closes the search index. */
	@Override
	public void close() {
		this.search.close();
	}

	private EvidenceCatalogue swap(EvidenceCatalogue catalogue) {
		this.search.replace(catalogue);
		this.events.publishEvent(new ContentReloaded(catalogue.centres().stream().map(LoadedCentre::id).toList(),
				catalogue.unavailable().stream().map(UnavailableCentre::id).toList(), catalogue.entries().size(),
				catalogue.loadedAt()));
		return catalogue;
	}

	private void readPlugins() {
		this.pluginsById.forEach((id, plugin) -> {
			try {
				this.outcomes.put(id, Outcome.loaded(CentreLoader.load(plugin.content(), id)));
			}
			catch (RuntimeException ex) {
				this.outcomes.put(id, Outcome.failed(ex));
			}
		});
	}

	private void readPreview(String id) {
		Path folder = this.previewFolders.get(id);
		this.fingerprints.put(id, PreviewFolders.fingerprint(folder));
		Map<String, List<ContentProblem>> problems = new TreeMap<>(this.previewProblems);
		try {
			LoadedCentre centre = CentreLoader.load(ContentSource.directory(folder), id);
			this.lastGoodPreview.put(id, centre);
			this.outcomes.put(id, Outcome.loaded(centre));
			problems.remove(id);
		}
		catch (RuntimeException ex) {
			List<ContentProblem> found = (ex instanceof ContentValidationException invalid) ? invalid.problems()
					: List.of(new ContentProblem(id, folder.toString(), 0, "", null, "could not be read: " + ex, null));
			problems.put(id, found);
			LoadedCentre lastGood = this.lastGoodPreview.get(id);
			logger.error("Preview: centre '" + id + "' in " + folder + " does not validate"
					+ ((lastGood != null) ? "; still serving its last good content" : "") + ":" + System.lineSeparator()
					+ "  "
					+ found.stream()
						.map(ContentProblem::toString)
						.collect(Collectors.joining(System.lineSeparator() + "  ")));
			this.outcomes.put(id, (lastGood != null) ? Outcome.loaded(lastGood) : Outcome.failed(ex));
		}
		this.previewProblems = Collections.unmodifiableMap(problems);
	}

	private EvidenceCatalogue assemble(OnError policy) {
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		this.outcomes.forEach((id, outcome) -> loaders.put(id, outcome::get));
		List<UnavailableCentre> broken = this.plugins.broken();
		EvidenceCatalogue catalogue;
		if (policy == OnError.FAIL) {
			List<ContentProblem> problems = new ArrayList<>();
			broken.forEach((centre) -> centre.reasons()
				.forEach((reason) -> problems
					.add(new ContentProblem(centre.id(), "(plugin)", 0, "", null, reason, null))));
			catalogue = null;
			try {
				catalogue = EvidenceCatalogue.load(loaders, broken, OnError.FAIL);
			}
			catch (ContentValidationException ex) {
				problems.addAll(ex.problems());
			}
			if (!problems.isEmpty()) {
				throw new ContentValidationException(
						"The network's content did not load (whatworks.plugins.on-error=fail; set it to quarantine "
								+ "to serve the other centres)",
						problems);
			}
		}
		else {
			catalogue = EvidenceCatalogue.load(loaders, broken, OnError.QUARANTINE);
		}
		log(catalogue);
		return catalogue;
	}

	private void log(EvidenceCatalogue catalogue) {
		for (LoadedCentre centre : catalogue.centres()) {
			logger.info("Centre '" + centre.id() + "' loaded: " + centre.entries().size() + " entries from "
					+ centre.source());
		}
		for (UnavailableCentre centre : catalogue.unavailable()) {
			logger.error("Centre '" + centre.id() + "' is unavailable:" + System.lineSeparator() + "  "
					+ String.join(System.lineSeparator() + "  ", centre.reasons()));
		}
		List<ContentProblem> warnings = catalogue.warnings();
		if (!warnings.isEmpty()) {
			logger.warn(warnings.size() + " content warning(s); see the content report");
		}
	}

	/** The result of reading one centre: its content, or why it could not be read. */
	private record Outcome(LoadedCentre centre, RuntimeException failure) {

		static Outcome loaded(LoadedCentre centre) {
			return new Outcome(centre, null);
		}

		static Outcome failed(RuntimeException failure) {
			return new Outcome(null, failure);
		}

		LoadedCentre get() {
			if (this.failure != null) {
				throw this.failure;
			}
			return this.centre;
		}

	}

}
