package org.whatworks.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AliasFor;
import org.springframework.util.FileSystemUtils;
import org.whatworks.core.content.CentreLoader;
import org.whatworks.core.plugin.CentrePlugin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8, drop-in centres: a centre built outside the reactor is compiled and jarred
 * here, dropped into a plugins folder, and the packaged application (the jar that
 * {@code ./mvnw package} made) is started as a real process with
 * {@code java -Dloader.path=<plugins> -jar}. The new centre's entries are then found
 * through the search page and the API, with no change to core or app. A second jar holds
 * centre content but no registration file, and shows up as unavailable with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DropInCentreIT {

	private static final Path FIXTURE = FixtureCentres.FIXTURES.resolve("centre-demo");

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Path work;

	private Path log;

	private Process application;

	private String base;

	@BeforeAll
	void startThePackagedApplicationWithTheCentreInItsPluginsFolder() throws Exception {
		Path jar = Path.of(System.getProperty("whatworks.app.jar", "target/whatworks-app-1.0.0-SNAPSHOT.jar"));
		assertThat(jar).as("the packaged application; run ./mvnw verify").isRegularFile();
		this.work = Files.createTempDirectory("whatworks-drop-in");
		Path plugins = Files.createDirectories(this.work.resolve("plugins"));
		buildCentreJar(plugins.resolve("centre-demo.jar"));
		buildJarWithoutRegistration(plugins.resolve("centre-orphan.jar"));
		this.log = this.work.resolve("application.log");
		this.application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dloader.path=" + plugins, "-jar", jar.toAbsolutePath().toString(), "--server.port=0",
				"--spring.jmx.enabled=false")
			.directory(this.work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.log.toFile())
			.start();
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(this.application.isAlive()).as("the application is running; its log:%n%s", tail()).isTrue();
			Matcher started = STARTED.matcher(Files.readString(this.log));
			return started.find();
		});
		Matcher started = STARTED.matcher(Files.readString(this.log));
		assertThat(started.find()).isTrue();
		this.base = "http://localhost:" + started.group(1);
	}

	@AfterAll
	void stop() throws Exception {
		if (this.application != null) {
			this.application.destroy();
			if (!this.application.waitFor(30, TimeUnit.SECONDS)) {
				this.application.destroyForcibly();
			}
		}
		FileSystemUtils.deleteRecursively(this.work);
	}

	@Test
	void theNewCentresEntriesAreFoundOnTheSearchPage() throws Exception {
		HttpResponse<String> page = get("/search?q=" + URLEncoder.encode("allotment plots", StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Allotment plots for people on waiting lists");
		assertThat(get("/search?q=garden+therapy").body()).contains("Garden therapy groups for adults with depression");
	}

	@Test
	void theNewCentresEntriesAreFoundThroughTheApi() throws Exception {
		HttpResponse<String> response = get("/api/v1/search?q=allotment");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("allotment-plots").contains("\"demo\"");
	}

	@Test
	void healthListsTheNewCentreBesideTheShippedOnesAndTheJarWithoutRegistrationAsUnavailable() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = JSON.readTree(response.body());
		assertThat(health.path("status").asString()).isEqualTo("UP");
		JsonNode centres = health.path("components").path("centres").path("components");
		assertThat(centres.path("demo").path("status").asString()).isEqualTo("UP");
		assertThat(centres.path("demo").path("details").path("entries").asInt()).isEqualTo(2);
		assertThat(centres.path("education").path("status").asString()).isEqualTo("UP");
		assertThat(centres.path("orphan").path("status").asString()).isEqualTo("UNAVAILABLE");
		assertThat(centres.path("orphan").path("details").path("reasons").toString())
			.contains("no centre plugin registers it")
			.contains("centre-orphan.jar")
			.contains("AutoConfiguration.imports");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	/**
	 * Compiles the fixture's plugin against the contract jar (whatworks-centre-api) and
	 * Spring, never core, and jars the classes with the fixture's resources, as a centre
	 * team's build would. The fixture's own pom.xml (version 0.3.0, importing
	 * whatworks-bom) is built by the reactor.
	 */
	private void buildCentreJar(Path jar) throws IOException {
		assertThat(location(CentrePlugin.class)).as("the contract is an artifact of its own, apart from core's")
			.isNotEqualTo(location(CentreLoader.class));
		Path classes = Files.createDirectories(this.work.resolve("classes"));
		List<String> sources;
		try (Stream<Path> files = Files.walk(FIXTURE.resolve("src/main/java"))) {
			sources = files.filter((f) -> f.toString().endsWith(".java")).map(Path::toString).toList();
		}
		String classPath = String.join(java.io.File.pathSeparator, location(CentrePlugin.class),
				location(AutoConfiguration.class), location(Bean.class), location(AliasFor.class));
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(
				List.of("-proc:none", "--release", "17", "-cp", classPath, "-d", classes.toString()));
		arguments.addAll(sources);
		int status = compiler.run(null, null, null, arguments.toArray(String[]::new));
		assertThat(status).as("the fixture centre compiles").isZero();
		writeJar(jar, List.of(classes, FIXTURE.resolve("src/main/resources")));
	}

	/**
	 * A jar with centre content and no registration file, so no plugin is found for it.
	 */
	private void buildJarWithoutRegistration(Path jar) throws IOException {
		Path root = this.work.resolve("orphan");
		Path content = Files.createDirectories(root.resolve("whatworks/centres/orphan"));
		Files.writeString(content.resolve("centre.yaml"),
				Files.readString(FIXTURE.resolve("src/main/resources/whatworks/centres/demo/centre.yaml"))
					.replace("id: demo", "id: orphan"));
		writeJar(jar, List.of(root));
	}

	private static String location(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot find the jar of " + type, ex);
		}
	}

	/** Writes a jar of folders, with an entry for every directory as Maven's jar has. */
	private static void writeJar(Path jar, List<Path> roots) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
			Set<String> written = new TreeSet<>();
			for (Path root : roots) {
				try (Stream<Path> files = Files.walk(root)) {
					for (Path file : files.sorted().toList()) {
						String name = root.relativize(file).toString().replace('\\', '/');
						if (name.isEmpty()) {
							continue;
						}
						if (Files.isDirectory(file)) {
							if (written.add(name + "/")) {
								zip.putNextEntry(new JarEntry(name + "/"));
								zip.closeEntry();
							}
						}
						else if (written.add(name)) {
							zip.putNextEntry(new JarEntry(name));
							try {
								Files.copy(file, zip);
							}
							catch (IOException ex) {
								throw new UncheckedIOException(ex);
							}
							zip.closeEntry();
						}
					}
				}
			}
		}
	}

}
