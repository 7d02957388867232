package org.whatworks.network;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AliasFor;
import org.whatworks.core.content.CentreLoader;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.OnError;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleLevel;
import org.whatworks.core.plugin.CentrePlugin;
import org.whatworks.core.plugin.ContentSource;
import org.whatworks.core.search.SearchRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template for a new centre: {@code scripts/new-centre.sh} makes a module from
 * {@code centre-template/}, and what it makes compiles, registers its plugin, passes the
 * content checks every centre runs and is served and searchable beside other centres.
 */
class CentreTemplateTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@TempDir
	Path folder;

	@Test
	void aGeneratedCentreCompilesValidatesAndIsServed() throws Exception {
		Process script = run(ROOT.resolve("scripts/new-centre.sh").toString(), "fair-housing", "Fair Housing Centre",
				this.folder.toString());
		assertThat(script.exitValue()).as(output(script)).isZero();
		Path module = this.folder.resolve("centre-fair-housing");
		Path content = module.resolve("src/main/resources/whatworks/centres/fair-housing");

		try (Stream<Path> files = Files.walk(module)) {
			assertThat(files.map(module::relativize).map(Path::toString)).as("no placeholder is left in any file name")
				.noneMatch((name) -> name.contains("__"));
		}
		try (Stream<Path> files = Files.walk(module)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("placeholders in %s", file)
					.doesNotContainPattern("__[A-Z]+__");
			}
		}
		assertThat(Files.readString(module.resolve("pom.xml"))).contains("whatworks-centre-fair-housing")
			.as("a centre compiles against the contract and tests with the kit, never core itself")
			.contains("<artifactId>whatworks-centre-api</artifactId>")
			.contains("<artifactId>whatworks-centre-test</artifactId>")
			.doesNotContain("<artifactId>whatworks-core</artifactId>");
		assertThat(Files
			.readString(module.resolve("src/test/java/org/whatworks/fairhousing/FairHousingContentTests.java")))
			.contains("extends CentreContentTestKit")
			.contains("new FairHousingCentre()");

		// the content check, straight from the source folder
		LoadedCentre fromFolder = CentreLoader.load(ContentSource.directory(content), "fair-housing");
		assertThat(fromFolder.centre().name()).isEqualTo("Fair Housing Centre");
		assertThat(fromFolder.definition().scales()).hasSize(1);
		assertThat(fromFolder.definition().taxonomies()).hasSize(1);
		assertThat(fromFolder.entries()).hasSize(2);
		assertThat(fromFolder.warnings()).extracting(ContentProblem::toString).isEmpty();
		for (RatingScale scale : fromFolder.definition().scales()) {
			for (ScaleLevel level : scale.levels()) {
				assertThat(fromFolder.definition().crosswalk().rules(scale.id()))
					.as("a crosswalk rule for %s:%s", scale.id(), level.code())
					.anyMatch((rule) -> rule.matchesLevel(level.code()));
			}
		}

		// the plugin, compiled and found through its registration file as the site finds
		// it
		Path classes = compile(module.resolve("src/main/java"));
		try (URLClassLoader jar = new URLClassLoader(
				new URL[] { classes.toUri().toURL(), module.resolve("src/main/resources").toUri().toURL() },
				getClass().getClassLoader())) {
			URL imports = jar.findResource(CentrePlugins.REGISTRATION_FILE);
			assertThat(imports).as(CentrePlugins.REGISTRATION_FILE).isNotNull();
			String configuration = new String(imports.openStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			assertThat(configuration).isEqualTo("org.whatworks.fairhousing.FairHousingCentreAutoConfiguration");
			Class<?> autoConfiguration = jar.loadClass(configuration);
			assertThat(autoConfiguration.isAnnotationPresent(AutoConfiguration.class)).isTrue();
			Method bean = autoConfiguration.getDeclaredMethod("fairHousingCentre");
			bean.setAccessible(true);
			CentrePlugin plugin = (CentrePlugin) bean.invoke(autoConfiguration.getDeclaredConstructor().newInstance());
			assertThat(plugin.id()).isEqualTo("fair-housing");
			assertThat(plugin.contractVersion()).isEqualTo(CentrePlugin.CONTRACT_VERSION);

			CentrePlugins plugins;
			try (URLClassLoader centreJarOnly = new URLClassLoader(
					new URL[] { module.resolve("src/main/resources").toUri().toURL() },
					ClassLoader.getPlatformClassLoader())) {
				plugins = CentrePlugins.resolve(
						Map.of("fairHousingCentre", () -> plugin, "demoCentre",
								() -> new FixtureCentres.FolderCentre("demo", 1, FixtureCentres.DEMO)),
						Map.of(), centreJarOnly, Set.of());
			}
			assertThat(plugins.broken()).as("its content is claimed by its plugin").isEmpty();
			assertThat(plugin.content().describe()).as("the plugin reads its content from its own class path")
				.startsWith("classpath:whatworks/centres/fair-housing/")
				.contains("centre-fair-housing/src/main/resources/whatworks/centres/fair-housing/centre.yaml");
			try (NetworkContent network = new NetworkContent(plugins, Map.of(), OnError.FAIL, (event) -> {
			})) {
				assertThat(network.catalogue().centre("fair-housing").orElseThrow().entries()).hasSize(2);
				assertThat(network.search().search(SearchRequest.of("employment support")).hits())
					.anySatisfy((hit) -> assertThat(hit.entry().id()).isEqualTo("example-employment-support"));
			}
		}
	}

	@Test
	void theGeneratorRefusesABadIdNamingWhatIsAllowed() throws Exception {
		Process script = run(ROOT.resolve("scripts/new-centre.sh").toString(), "Fair_Housing", "Fair Housing Centre",
				this.folder.toString());
		assertThat(script.exitValue()).isNotZero();
		assertThat(output(script)).contains("id 'Fair_Housing' is not allowed")
			.contains("lower-case letters, digits and single hyphens");
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files).as("nothing is written").isEmpty();
		}
	}

	private Process run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of("bash", command[0], command[1], command[2], command[3]))
			.redirectErrorStream(true)
			.redirectOutput(this.folder.resolveSibling(this.folder.getFileName() + ".log").toFile())
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the generator finishes").isTrue();
		return process;
	}

	private String output(Process process) throws IOException {
		return Files.readString(this.folder.resolveSibling(this.folder.getFileName() + ".log"));
	}

	private Path compile(Path sources) throws IOException {
		assertThat(location(CentrePlugin.class)).as("the contract is an artifact of its own, apart from core's")
			.isNotEqualTo(location(CentreLoader.class));
		Path classes = Files.createDirectories(this.folder.resolve("classes"));
		List<String> arguments = new ArrayList<>(List.of(
				"-proc:none", "--release", "17", "-cp", String.join(File.pathSeparator, location(CentrePlugin.class),
						location(AutoConfiguration.class), location(Bean.class), location(AliasFor.class)),
				"-d", classes.toString()));
		try (Stream<Path> files = Files.walk(sources)) {
			files.filter((f) -> f.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).as("the centre compiles").isZero();
		return classes;
	}

	private static String location(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot find the jar of " + type, ex);
		}
	}

}
