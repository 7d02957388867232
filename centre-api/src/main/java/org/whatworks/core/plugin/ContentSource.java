package org.whatworks.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A read-only folder of content files: a centre's definition and entries. Paths are
 * relative to the folder and use {@code /}.
 */
public interface ContentSource {

	/** Where the files are, for messages (a folder or a jar). */
	String describe();

	/**
	 * The names of the files directly inside a sub-folder, sorted; empty if it does not
	 * exist.
	 */
	List<String> list(String folder);

	/** The text of a file, if it exists. */
	Optional<String> read(String path);

	/**
	 * The folder {@code whatworks/centres/<centreId>/} on a class path, in a directory or
	 * a jar (including a jar nested in a Spring Boot executable jar).
	 * @param classLoader the class loader holding the centre's resources
	 * @param centreId the centre id
	 * @return the content source
	 */
	static ContentSource classpath(ClassLoader classLoader, String centreId) {
		return new ClasspathContentSource(classLoader, "whatworks/centres/" + centreId + "/");
	}

	/**
	 * A folder on disk, such as a centre module's source folder in preview mode.
	 * @param folder the centre's content folder
	 * @return the content source
	 */
	static ContentSource directory(Path folder) {
		return new DirectoryContentSource(folder);
	}

	/** Content files in a folder on disk. */
	record DirectoryContentSource(Path folder) implements ContentSource {

		@Override
		public String describe() {
			return this.folder.toString();
		}

		@Override
		public List<String> list(String sub) {
			Path dir = this.folder.resolve(sub);
			if (!Files.isDirectory(dir)) {
				return List.of();
			}
			try (Stream<Path> files = Files.list(dir)) {
				return files.filter(Files::isRegularFile).map((p) -> p.getFileName().toString()).sorted().toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public Optional<String> read(String path) {
			Path file = this.folder.resolve(path);
			if (!Files.isRegularFile(file)) {
				return Optional.empty();
			}
			try {
				return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** Content files on a class path. */
	record ClasspathContentSource(ClassLoader classLoader, String prefix) implements ContentSource {

		@Override
		public String describe() {
			URL marker = this.classLoader.getResource(this.prefix + "centre.yaml");
			return "classpath:" + this.prefix + ((marker != null) ? " (" + marker + ")" : "");
		}

		@Override
		public List<String> list(String folder) {
			String wanted = this.prefix + folder + (folder.endsWith("/") ? "" : "/");
			URL marker = this.classLoader.getResource(this.prefix + "centre.yaml");
			if (marker == null) {
				return List.of();
			}
			try {
				if ("file".equals(marker.getProtocol())) {
					Path root = Path.of(marker.toURI()).getParent();
					return new DirectoryContentSource(root).list(folder);
				}
				URLConnection connection = marker.openConnection();
				if (connection instanceof JarURLConnection jar) {
					jar.setUseCaches(false);
					return listJar(jar.getJarFile(), wanted);
				}
				throw new IllegalStateException("Cannot list content at " + marker);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (URISyntaxException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static List<String> listJar(JarFile jarFile, String wanted) throws IOException {
			try (jarFile) {
				List<String> names = new ArrayList<>();
				for (Enumeration<JarEntry> entries = jarFile.entries(); entries.hasMoreElements();) {
					String name = entries.nextElement().getName();
					if (name.startsWith(wanted) && name.length() > wanted.length()
							&& name.indexOf('/', wanted.length()) < 0) {
						names.add(name.substring(wanted.length()));
					}
				}
				Collections.sort(names);
				return names;
			}
		}

		@Override
		public Optional<String> read(String path) {
			URL url = this.classLoader.getResource(this.prefix + path);
			if (url == null) {
				return Optional.empty();
			}
			try {
				URLConnection connection = url.openConnection();
				connection.setUseCaches(false);
				try (InputStream in = connection.getInputStream()) {
					return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
