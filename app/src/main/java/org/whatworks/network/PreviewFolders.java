package org.whatworks.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the folders that preview mode serves, and tells when their files changed.
 */
final class PreviewFolders {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final String CONTENT = "src/main/resources/whatworks/centres";

	private PreviewFolders() {
	}

	/**
	 * The folders to preview, by centre id.
	 * @param preview the settings
	 * @param workingDirectory the directory relative paths start from
	 * @return the folders by id, ordered by id; empty when preview is off
	 */
	static Map<String, Path> resolve(WhatWorksProperties.Preview preview, Path workingDirectory) {
		Map<String, Path> folders = new TreeMap<>();
		if (!preview.active()) {
			return folders;
		}
		preview.paths()
			.forEach((id, path) -> folders.put(id, workingDirectory.resolve(path).toAbsolutePath().normalize()));
		if (folders.isEmpty()) {
			Path parent = workingDirectory.toAbsolutePath().normalize().getParent();
			for (Path base : (parent != null) ? List.of(workingDirectory, parent) : List.of(workingDirectory)) {
				discover(base.toAbsolutePath().normalize()).forEach(folders::putIfAbsent);
			}
		}
		return folders;
	}

	/**
	 * The centre content folders of every {@code centre-*} module directly under a
	 * directory.
	 */
	static Map<String, Path> discover(Path base) {
		Map<String, Path> found = new TreeMap<>();
		if (!Files.isDirectory(base)) {
			return found;
		}
		try (Stream<Path> modules = Files.list(base)) {
			for (Path module : modules.filter((p) -> p.getFileName().toString().startsWith("centre-")).toList()) {
				Path centres = module.resolve(CONTENT);
				if (!Files.isDirectory(centres)) {
					continue;
				}
				try (Stream<Path> folders = Files.list(centres)) {
					folders.filter((folder) -> ID.matcher(folder.getFileName().toString()).matches())
						.filter((folder) -> Files.isRegularFile(folder.resolve("centre.yaml")))
						.forEach((folder) -> found.putIfAbsent(folder.getFileName().toString(), folder));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	/**
	 * A fingerprint of every file under a folder: its path, size and modification time.
	 * Two fingerprints differ when a file was added, removed or changed.
	 */
	static Map<String, String> fingerprint(Path folder) {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.toList()) {
				try {
					BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
					if (attributes.isRegularFile()) {
						files.put(folder.relativize(file).toString(),
								attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
					}
				}
				catch (IOException ex) {
					// deleted while walking: the next check sees the new state
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			files.put("", "unreadable: " + ex.getMessage());
		}
		return files;
	}

}
