package org.whatworks.core.search;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * How a {@link LuceneEvidenceSearch} keeps its index.
 *
 * @param indexDirectory a folder for the index on disk, or null to keep it in memory
 * @param indexThreads how many threads add documents while building (at least 1)
 */
public record SearchSettings(@Nullable Path indexDirectory, int indexThreads) {

	public SearchSettings {
		indexThreads = Math.max(1, indexThreads);
	}

	/** Settings for an in-memory index built with up to two threads. */
	public static SearchSettings inMemory() {
		return new SearchSettings(null, Math.min(2, Runtime.getRuntime().availableProcessors()));
	}

	/** Settings for an index kept on disk under a folder. */
	public static SearchSettings onDisk(Path indexDirectory) {
		return new SearchSettings(indexDirectory, Math.min(2, Runtime.getRuntime().availableProcessors()));
	}

}
