package org.whatworks.network;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.whatworks.core.content.UnavailableCentre;
import org.whatworks.core.plugin.CentrePlugin;
import org.whatworks.core.plugin.CentrePluginException;
import org.whatworks.network.FixtureCentres.ExplodingCentre;
import org.whatworks.network.FixtureCentres.FolderCentre;
import org.whatworks.network.FixtureCentres.OtherFolderCentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.whatworks.network.FixtureCentres.DEMO;

/**
 * Resolving the plugins found at start-up: every kind of broken plugin is reported with
 * its reason and the good ones are kept.
 */
class CentrePluginsTests {

	@Test
	void aPluginThatThrowsWhileStartingIsReportedWithItsMessage() {
		Map<String, Supplier<CentrePlugin>> found = new LinkedHashMap<>();
		found.put("demoCentre", () -> new FolderCentre("demo", 1, DEMO));
		found.put("explodingCentre", ExplodingCentre::new);
		CentrePlugins plugins = CentrePlugins.resolve(found, Map.of(), null, Set.of());
		assertThat(plugins.enabled()).extracting(CentrePlugin::id).containsExactly("demo");
		assertThat(plugins.broken()).singleElement().satisfies((broken) -> {
			assertThat(broken.id()).isEqualTo("explodingCentre");
			assertThat(broken.reasons()).singleElement()
				.asString()
				.contains("failed to start")
				.contains("cannot reach the centre's content store");
		});
	}

	@Test
	void aPluginWhoseIdThrowsIsReportedByItsClass() {
		CentrePlugin broken = new CentrePlugin() {
			@Override
			public String id() {
				throw new IllegalStateException("no id configured");
			}

			@Override
			public int contractVersion() {
				return CONTRACT_VERSION;
			}
		};
		CentrePlugins plugins = CentrePlugins.resolve(Map.of("broken", () -> broken), Map.of(), null, Set.of());
		assertThat(plugins.enabled()).isEmpty();
		assertThat(plugins.broken()).singleElement()
			.satisfies((centre) -> assertThat(centre.reasons().get(0)).contains("no id configured"));
	}

	@Test
	void twoPluginsDeclaringOneIdAreBothRefusedNamingBothAndTheOthersServed() {
		Map<String, Supplier<CentrePlugin>> found = new LinkedHashMap<>();
		found.put("one", () -> new FolderCentre("twin", 1, DEMO));
		found.put("two", () -> new OtherFolderCentre("twin", 1, DEMO));
		found.put("demo", () -> new FolderCentre("demo", 1, DEMO));
		CentrePlugins plugins = CentrePlugins.resolve(found, Map.of(), null, Set.of());
		assertThat(plugins.enabled()).extracting(CentrePlugin::id).containsExactly("demo");
		assertThat(plugins.broken()).singleElement().satisfies((broken) -> {
			assertThat(broken.id()).isEqualTo("twin");
			assertThat(broken.reasons().get(0)).contains("Duplicate centre id 'twin'")
				.contains(FolderCentre.class.getName())
				.contains(OtherFolderCentre.class.getName());
		});
	}

	@Test
	void aCentreBuiltForAnotherContractVersionIsRefusedNamingBothVersions() {
		CentrePlugins plugins = CentrePlugins.resolve(
				Map.of("future", () -> new FolderCentre("future", CentrePlugin.CONTRACT_VERSION + 1, DEMO)), Map.of(),
				null, Set.of());
		assertThat(plugins.enabled()).isEmpty();
		assertThat(plugins.broken()).extracting(UnavailableCentre::reasons)
			.containsExactly(List
				.of("Centre 'future' was built for plugin contract version " + (CentrePlugin.CONTRACT_VERSION + 1)
						+ " but this site implements version " + CentrePlugin.CONTRACT_VERSION));
	}

	@Test
	void centreContentThatNoPluginRegistersIsReportedNamingTheRegistrationFile() throws Exception {
		try (URLClassLoader classPath = new URLClassLoader(
				new URL[] { FixtureCentres.UNREGISTERED_ROOT.toUri().toURL() }, ClassLoader.getPlatformClassLoader())) {
			CentrePlugins plugins = CentrePlugins.resolve(Map.of("demo", () -> new FolderCentre("demo", 1, DEMO)),
					Map.of(), classPath, Set.of());
			assertThat(plugins.enabled()).extracting(CentrePlugin::id).containsExactly("demo");
			assertThat(plugins.broken()).singleElement().satisfies((broken) -> {
				assertThat(broken.id()).isEqualTo("unregistered");
				assertThat(broken.reasons().get(0)).contains("no centre plugin registers it")
					.contains(CentrePlugins.REGISTRATION_FILE)
					.contains("broken/unregistered/whatworks/centres/unregistered/centre.yaml");
			});
		}
	}

	@Test
	void theShippedCentresOnTheClassPathAreNotReportedAsUnregisteredWhenTheirPluginsAreFound() {
		List<UnavailableCentre> unregistered = CentrePlugins.unregistered(getClass().getClassLoader(),
				Set.of("health", "education", "crime", "ageing", "early-intervention", "local-growth"));
		assertThat(unregistered).isEmpty();
		assertThat(CentrePlugins.unregistered(getClass().getClassLoader(), Set.of("health")))
			.extracting(UnavailableCentre::id)
			.contains("education", "crime");
	}

	@Test
	void switchingOffACentreThatDoesNotExistStopsStartUpListingTheCentresFound() {
		assertThatExceptionOfType(CentrePluginException.class)
			.isThrownBy(() -> CentrePlugins.resolve(Map.of("demo", () -> new FolderCentre("demo", 1, DEMO)),
					Map.of("dmeo", false), null, Set.of()))
			.withMessageContaining("Unknown centre id 'dmeo'")
			.withMessageContaining("centres found: demo");
	}

}
