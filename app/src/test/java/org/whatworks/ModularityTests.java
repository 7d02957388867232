package org.whatworks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(WhatWorksApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		this.modules.verify();
	}

	@Test
	void everyCentreIsAModuleOfItsOwn() {
		assertThat(this.modules.stream().map((m) -> m.getIdentifier().toString())).contains("core", "network", "site",
				"health", "education", "crime", "ageing", "earlyintervention", "localgrowth");
	}

	/**
	 * Writes the module diagrams and canvases under {@code target/modules}, so a build
	 * leaves the work tree clean. {@code -Dwhatworks.modules.output=../docs/modules}
	 * refreshes the tracked copies on purpose (see docs/architecture.md).
	 */
	@Test
	void writesModuleDocumentation() throws IOException {
		Path output = Path.of(System.getProperty("whatworks.modules.output", "target/modules"));
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(output)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = inStableOrder(Files.readAllLines(file, StandardCharsets.UTF_8));
				Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
			}
		}
		assertThat(output.resolve("components.puml")).content().contains("Rel(");
	}

	/**
	 * The Documenter lists components and relations in hash order, which changes from run
	 * to run; each run of such lines is sorted so that an unchanged module map gives
	 * unchanged files.
	 */
	private static List<String> inStableOrder(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String kind = null;
		for (String line : lines) {
			String lineKind = kindOf(line);
			if (lineKind == null || !lineKind.equals(kind)) {
				run.sort(null);
				result.addAll(run);
				run.clear();
			}
			kind = lineKind;
			if (lineKind == null) {
				result.add(line);
			}
			else {
				run.add(line);
			}
		}
		run.sort(null);
		result.addAll(run);
		return result;
	}

	private static String kindOf(String line) {
		String trimmed = line.strip();
		for (String kind : List.of("Rel(", "Component(", "Container(")) {
			if (trimmed.startsWith(kind)) {
				return kind;
			}
		}
		return null;
	}

}
