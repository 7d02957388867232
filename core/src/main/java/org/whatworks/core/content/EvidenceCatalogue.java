package org.whatworks.core.content;

import java.time.Instant;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.plugin.CentrePlugin;
import org.whatworks.core.plugin.CentreRegistry;

/**
 * An immutable snapshot of all content the site serves: every centre that loaded, the
 * centres that did not and why, and the warnings to show in the content report. A reload
 * builds a new catalogue; readers keep the one they hold.
 * <p>
 * Links between centres are checked here. Under {@link OnError#FAIL} a link to a missing
 * entry of a loaded centre fails the load; under {@link OnError#QUARANTINE} it becomes a
 * warning and the link is not shown, so that one centre renaming an entry cannot take
 * another centre off the site. A link to a centre that is not loaded (switched off or
 * unavailable) is always a warning.
 */
public final class EvidenceCatalogue {

	private final Map<String, LoadedCentre> centres;

	/**
	 * The entries held in memory, by reference; those of on-demand centres are not here.
	 */
	private final Map<EntryRef, EvidenceEntry> entries;

	private final boolean onDemand;

	private final List<UnavailableCentre> unavailable;

	private final List<ContentProblem> warnings;

	private final Instant loadedAt;

	private volatile Approaches approaches;

	private volatile RatingHistory ratingHistory;

	private EvidenceCatalogue(Map<String, LoadedCentre> centres, List<UnavailableCentre> unavailable,
			List<ContentProblem> warnings, Instant loadedAt) {
		this.centres = centres;
		this.unavailable = List.copyOf(unavailable);
		this.warnings = List.copyOf(warnings);
		this.loadedAt = loadedAt;
		Map<EntryRef, EvidenceEntry> byRef = new LinkedHashMap<>();
		centres.values()
			.stream()
			.filter((centre) -> !(centre.entries() instanceof OnDemandEntries))
			.forEach((centre) -> centre.entries().forEach((entry) -> byRef.put(entry.ref(), entry)));
		this.entries = byRef;
		this.onDemand = centres.values().stream().anyMatch((centre) -> centre.entries() instanceof OnDemandEntries);
	}

	/**
	 * Loads every enabled centre of a registry.
	 * @param registry the resolved plugins
	 * @param onError what to do with a broken centre
	 * @return the catalogue
	 * @throws ContentValidationException under {@link OnError#FAIL}, listing every
	 * problem of every centre
	 */
	public static EvidenceCatalogue load(CentreRegistry registry, OnError onError) {
		Map<String, java.util.function.Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		for (CentrePlugin plugin : registry.enabled()) {
			loaders.put(plugin.id(), () -> CentreLoader.load(plugin.content(), plugin.id()));
		}
		List<UnavailableCentre> unavailable = new ArrayList<>();
		registry.refused()
			.forEach((refused) -> unavailable.add(new UnavailableCentre(refused.id(), List.of(refused.reason()))));
		return load(loaders, unavailable, onError);
	}

	/**
	 * Loads centres from loaders, one per centre id; a loader may throw
	 * {@link ContentValidationException} or any runtime exception.
	 * @param loaders a loader per centre id, in display order
	 * @param alreadyUnavailable centres refused before loading
	 * @param onError what to do with a broken centre
	 * @return the catalogue
	 */
	public static EvidenceCatalogue load(Map<String, java.util.function.Supplier<LoadedCentre>> loaders,
			List<UnavailableCentre> alreadyUnavailable, OnError onError) {
		Map<String, LoadedCentre> loaded = new LinkedHashMap<>();
		List<UnavailableCentre> unavailable = new ArrayList<>(alreadyUnavailable);
		List<ContentProblem> failures = new ArrayList<>();
		loaders.forEach((id, loader) -> {
			try {
				loaded.put(id, loader.get());
			}
			catch (ContentValidationException ex) {
				failures.addAll(ex.problems());
				unavailable
					.add(new UnavailableCentre(id, ex.problems().stream().map(ContentProblem::toString).toList()));
			}
			catch (RuntimeException ex) {
				String reason = "the centre's plugin failed while loading: " + ex;
				failures.add(new ContentProblem(id, "(plugin)", 0, "", null, reason, null));
				unavailable.add(new UnavailableCentre(id, List.of(reason)));
			}
		});
		List<ContentProblem> warnings = new ArrayList<>();
		loaded.values().forEach((centre) -> warnings.addAll(centre.warnings()));
		List<ContentProblem> brokenLinks = crossCentreLinks(loaded, warnings);
		if (onError == OnError.FAIL) {
			failures.addAll(brokenLinks);
			if (!failures.isEmpty()) {
				throw new ContentValidationException("The network's content did not load", failures);
			}
		}
		else {
			warnings.addAll(brokenLinks);
		}
		return new EvidenceCatalogue(loaded, unavailable, warnings, Instant.now());
	}

	private static List<ContentProblem> crossCentreLinks(Map<String, LoadedCentre> loaded,
			List<ContentProblem> warnings) {
		List<ContentProblem> broken = new ArrayList<>();
		for (LoadedCentre centre : loaded.values()) {
			for (EvidenceEntry entry : centre.entries()) {
				List<EntryRef> refs = new ArrayList<>(entry.related());
				if (entry.provenance().supersededBy() != null) {
					refs.add(entry.provenance().supersededBy());
				}
				for (EntryRef ref : refs) {
					if (ref.centreId().equals(centre.id())) {
						continue;
					}
					LoadedCentre target = loaded.get(ref.centreId());
					String field = ref.equals(entry.provenance().supersededBy()) ? "provenance.supersededBy"
							: "related";
					if (target == null) {
						warnings.add(new ContentProblem(centre.id(), entry.file(), 0, field, ref.toString(),
								"links to centre '" + ref.centreId() + "', which is not loaded; the link is hidden",
								String.join(", ", loaded.keySet())));
					}
					else if (target.entry(ref.entryId()).isEmpty()) {
						broken.add(new ContentProblem(centre.id(), entry.file(), 0, field, ref.toString(),
								"broken link: centre '" + ref.centreId() + "' has no entry '" + ref.entryId() + "'",
								"an id listed in docs/cross-links.md"));
					}
				}
				checkApproachLinks(centre, entry, "sameAs", entry.sameAs(),
						"<centre-id>/<entry-id> of an entry of another centre that covers the same approach", loaded,
						warnings, broken);
				checkApproachLinks(centre, entry, "includes", entry.includes(), ApproachLinks.ALLOWED, loaded, warnings,
						broken);
			}
		}
		broken.addAll(ApproachLinks.of(loaded.values().stream().map(LoadedCentre::entries).toList(), (ref) -> {
			LoadedCentre target = loaded.get(ref.centreId());
			return (target != null) ? target.entry(ref.entryId()) : Optional.empty();
		}).problems());
		return broken;
	}

	/**
	 * A {@code sameAs} or {@code includes} link to a centre that is not loaded leaves the
	 * entry out of that approach (a warning); one to a missing entry is broken.
	 */
	private static void checkApproachLinks(LoadedCentre centre, EvidenceEntry entry, String name, List<EntryRef> refs,
			String allowed, Map<String, LoadedCentre> loaded, List<ContentProblem> warnings,
			List<ContentProblem> broken) {
		for (int i = 0; i < refs.size(); i++) {
			EntryRef ref = refs.get(i);
			String field = name + "[" + i + "]";
			LoadedCentre target = loaded.get(ref.centreId());
			if (target == null) {
				warnings.add(new ContentProblem(centre.id(), entry.file(), entry.line(field), field, ref.toString(),
						"names centre '" + ref.centreId()
								+ "', which is not loaded; the entry is left out of that approach",
						String.join(", ", loaded.keySet())));
			}
			else if (target.entry(ref.entryId()).isEmpty()) {
				broken.add(new ContentProblem(centre.id(), entry.file(), entry.line(field), field, ref.toString(),
						name + " names a missing entry: centre '" + ref.centreId() + "' has no entry '" + ref.entryId()
								+ "'",
						allowed));
			}
		}
	}

	/** The loaded centres in display order. */
	public Collection<LoadedCentre> centres() {
		return this.centres.values();
	}

	/** A loaded centre by id. */
	public Optional<LoadedCentre> centre(String id) {
		return Optional.ofNullable(this.centres.get(id));
	}

	/**
	 * Every entry of every loaded centre, centre by centre. Entries of a centre with
	 * {@link OnDemandEntries} are read as the collection is walked, not held.
	 */
	public Collection<EvidenceEntry> entries() {
		if (!this.onDemand) {
			return this.entries.values();
		}
		return new AbstractCollection<>() {

			@Override
			public Iterator<EvidenceEntry> iterator() {
				// not a flat-mapped stream: its iterator buffers a whole centre's entries
				Iterator<LoadedCentre> centres = EvidenceCatalogue.this.centres.values().iterator();
				return new Iterator<>() {

					private Iterator<EvidenceEntry> entries = Collections.emptyIterator();

					@Override
					public boolean hasNext() {
						while (!this.entries.hasNext() && centres.hasNext()) {
							this.entries = centres.next().entries().iterator();
						}
						return this.entries.hasNext();
					}

					@Override
					public EvidenceEntry next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						return this.entries.next();
					}

				};
			}

			@Override
			public int size() {
				return EvidenceCatalogue.this.centres.values()
					.stream()
					.mapToInt((centre) -> centre.entries().size())
					.sum();
			}

		};
	}

	/**
	 * True when every entry is held in memory; false when some centre's entries are
	 * {@link OnDemandEntries}, read when asked for.
	 */
	public boolean holdsEveryEntry() {
		return !this.onDemand;
	}

	/** An entry anywhere in the network. */
	public Optional<EvidenceEntry> entry(EntryRef ref) {
		EvidenceEntry held = this.entries.get(ref);
		if (held != null || !this.onDemand) {
			return Optional.ofNullable(held);
		}
		LoadedCentre centre = this.centres.get(ref.centreId());
		return (centre != null && centre.entries() instanceof OnDemandEntries onDemandEntries)
				? onDemandEntries.byId(ref.entryId()) : Optional.empty();
	}

	/** The related entries of an entry that resolve to a loaded entry. */
	public List<EvidenceEntry> related(EvidenceEntry entry) {
		return entry.related().stream().map(this::entry).flatMap(Optional::stream).toList();
	}

	/**
	 * The cross-centre approaches: entries linked by {@code sameAs} or {@code includes},
	 * grouped, with each member's scope and a verdict per shared outcome domain. Built on
	 * first use and kept with this snapshot.
	 */
	public Approaches approaches() {
		Approaches built = this.approaches;
		if (built == null) {
			built = Approaches.of(this);
			this.approaches = built;
		}
		return built;
	}

	/**
	 * The dated history of every entry's headline ratings and band, from the centres that
	 * keep one. Built on first use and kept with this snapshot.
	 */
	public RatingHistory ratingHistory() {
		RatingHistory built = this.ratingHistory;
		if (built == null) {
			built = RatingHistory.of(this);
			this.ratingHistory = built;
		}
		return built;
	}

	/** Centres found but not served, with reasons. */
	public List<UnavailableCentre> unavailable() {
		return this.unavailable;
	}

	/** Problems that did not stop loading. */
	public List<ContentProblem> warnings() {
		return this.warnings;
	}

	public Instant loadedAt() {
		return this.loadedAt;
	}

}
