package org.whatworks.core.plugin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CentreRegistryTests {

	record Plugin(String id, int contractVersion) implements CentrePlugin {
	}

	static final class OtherPlugin implements CentrePlugin {

		@Override
		public String id() {
			return "alpha";
		}

		@Override
		public int contractVersion() {
			return CONTRACT_VERSION;
		}

	}

	@Test
	void enabledCentresAreOrderedByIdAndDisabledOnesAreListed() {
		CentreRegistry registry = CentreRegistry.resolve(
				List.of(new Plugin("beta", 1), new Plugin("alpha", 1), new Plugin("gamma", 1)), Map.of("gamma", false),
				false);
		assertThat(registry.enabled()).extracting(CentrePlugin::id).containsExactly("alpha", "beta");
		assertThat(registry.disabled()).containsExactly("gamma");
	}

	@Test
	void duplicateIdFailsNamingBothPluginsAndTheIdsFound() {
		assertThatExceptionOfType(CentrePluginException.class)
			.isThrownBy(() -> CentreRegistry
				.resolve(List.of(new Plugin("alpha", 1), new OtherPlugin(), new Plugin("beta", 1)), Map.of(), true))
			.withMessageContaining("Duplicate centre id 'alpha'")
			.withMessageContaining(OtherPlugin.class.getName())
			.withMessageContaining("centres found: alpha, beta");
	}

	@Test
	void unknownIdInConfigurationFailsListingTheIdsFound() {
		assertThatExceptionOfType(CentrePluginException.class)
			.isThrownBy(() -> CentreRegistry.resolve(List.of(new Plugin("alpha", 1)), Map.of("educaton", false), true))
			.withMessage("Unknown centre id 'educaton' in whatworks.centres.educaton.enabled; centres found: alpha");
	}

	@Test
	void incompatibleContractVersionNamesBothVersions() {
		assertThatExceptionOfType(CentrePluginException.class)
			.isThrownBy(() -> CentreRegistry.resolve(List.of(new Plugin("alpha", 2)), Map.of(), false))
			.withMessage("Centre 'alpha' was built for plugin contract version 2 but this site implements version 1");
	}

	@Test
	void underQuarantineAnIncompatibleCentreIsRefusedAndTheOthersServed() {
		CentreRegistry registry = CentreRegistry
			.resolve(List.of(new Plugin("alpha", 2), new Plugin("beta", 1), new Plugin("Bad Id", 1)), Map.of(), true);
		assertThat(registry.enabled()).extracting(CentrePlugin::id).containsExactly("beta");
		assertThat(registry.refused()).extracting(CentreRegistry.RefusedPlugin::id)
			.containsExactlyInAnyOrder("alpha", "Bad Id");
		assertThat(registry.refused()).anySatisfy((r) -> assertThat(r.reason()).contains("version 2"))
			.anySatisfy((r) -> assertThat(r.reason()).contains("is not allowed"));
	}

}
