package org.whatworks.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.whatworks.core.plugin.CentrePlugin;
import org.whatworks.core.plugin.ContentSource;

/**
 * Fixture centres under {@code app/src/test/fixtures}, good and broken in different ways.
 */
final class FixtureCentres {

	static final Path FIXTURES = Path.of("src/test/fixtures").toAbsolutePath();

	/** The demo centre's content folder: valid, two entries. */
	static final Path DEMO = FIXTURES.resolve("centre-demo/src/main/resources/whatworks/centres/demo");

	/** A centre folder whose entry has a rating level its scale does not have. */
	static final Path INVALID = FIXTURES.resolve("broken/invalid-content");

	/** A class path root with centre content that no plugin registers. */
	static final Path UNREGISTERED_ROOT = FIXTURES.resolve("broken/unregistered");

	private FixtureCentres() {
	}

	/** A plugin whose content is a folder on disk. */
	record FolderCentre(String id, int contractVersion, Path folder) implements CentrePlugin {

		@Override
		public ContentSource content() {
			return ContentSource.directory(this.folder);
		}

	}

	/** A second plugin class, to tell two plugins declaring one id apart. */
	record OtherFolderCentre(String id, int contractVersion, Path folder) implements CentrePlugin {

		@Override
		public ContentSource content() {
			return ContentSource.directory(this.folder);
		}

	}

	/** A plugin that throws while it is created. */
	static final class ExplodingCentre implements CentrePlugin {

		ExplodingCentre() {
			throw new IllegalStateException("cannot reach the centre's content store");
		}

		@Override
		public String id() {
			return "exploding";
		}

		@Override
		public int contractVersion() {
			return CONTRACT_VERSION;
		}

	}

	/** Copies a folder, for tests that edit content. */
	static Path copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
			return to;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
