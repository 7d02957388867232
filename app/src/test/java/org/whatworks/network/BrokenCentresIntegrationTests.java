package org.whatworks.network;

import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.FileSystemUtils;
import org.whatworks.WhatWorksApplication;
import org.whatworks.core.plugin.CentrePlugin;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.network.FixtureCentres.ExplodingCentre;
import org.whatworks.network.FixtureCentres.FolderCentre;
import org.whatworks.network.FixtureCentres.OtherFolderCentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real application with the six shipped centres plus fixture centres broken in every
 * way, under {@code on-error=quarantine}, and the demo centre served in preview mode from
 * a folder this test edits. One application for the whole class, on a random port, over
 * real HTTP. It is started with {@link SpringApplicationBuilder} because its class path
 * also holds centre content without a plugin (a centre jar missing its registration
 * file).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenCentresIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Path folder;

	private Path demo;

	private ConfigurableApplicationContext application;

	private URLClassLoader classPath;

	private String base;

	@TestConfiguration(proxyBeanMethods = false)
	static class BrokenPlugins {

		@Bean
		CentrePlugin invalidContentCentre() {
			return new FolderCentre("invalid-content", CentrePlugin.CONTRACT_VERSION, FixtureCentres.INVALID);
		}

		@Bean
		CentrePlugin explodingCentre() {
			return new ExplodingCentre();
		}

		@Bean
		CentrePlugin twinOne() {
			return new FolderCentre("twin", CentrePlugin.CONTRACT_VERSION, FixtureCentres.DEMO);
		}

		@Bean
		CentrePlugin twinTwo() {
			return new OtherFolderCentre("twin", CentrePlugin.CONTRACT_VERSION, FixtureCentres.DEMO);
		}

		@Bean
		CentrePlugin futureCentre() {
			return new FolderCentre("future", CentrePlugin.CONTRACT_VERSION + 1, FixtureCentres.DEMO);
		}

	}

	@BeforeAll
	void start() throws Exception {
		this.folder = Files.createTempDirectory("whatworks-preview");
		this.demo = FixtureCentres.copy(FixtureCentres.DEMO, this.folder.resolve("demo"));
		this.classPath = new URLClassLoader(new URL[] { FixtureCentres.UNREGISTERED_ROOT.toUri().toURL() },
				getClass().getClassLoader());
		this.application = new SpringApplicationBuilder(WhatWorksApplication.class, BrokenPlugins.class)
			.resourceLoader(new DefaultResourceLoader(this.classPath))
			.run("--server.port=0", "--spring.jmx.enabled=false", "--whatworks.plugins.on-error=quarantine",
					"--whatworks.preview.paths.demo=" + this.demo, "--whatworks.preview.poll-interval=200ms");
		this.base = "http://localhost:" + this.application.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	void stop() throws Exception {
		if (this.application != null) {
			this.application.close();
		}
		this.classPath.close();
		FileSystemUtils.deleteRecursively(this.folder);
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSiteIsUpAndHealthMarksEachBrokenCentreUnavailableWithTheReason() throws Exception {
		HttpResponse<String> health = get("/actuator/health", "application/json");
		assertThat(health.statusCode()).as("one broken centre does not take the site down").isEqualTo(200);
		JsonNode centres = JSON.readTree(health.body()).path("components").path("centres").path("components");
		assertThat(JSON.readTree(health.body()).path("status").asString()).isEqualTo("UP");
		assertThat(centres.path("education").path("status").asString()).isEqualTo("UP");
		assertThat(centres.path("demo").path("details").path("entries").asInt()).isEqualTo(2);
		Map<String, String> expected = Map.of("invalid-content",
				"entries/allotment-plots.md:9: ratings.verdict: unknown level of scale 'verdict' (found '7')",
				"explodingCentre", "cannot reach the centre's content store", "twin", "Duplicate centre id 'twin'",
				"future", "built for plugin contract version " + (CentrePlugin.CONTRACT_VERSION + 1), "unregistered",
				"Content for centre 'unregistered' is on the class path");
		expected.forEach((id, reason) -> {
			JsonNode centre = centres.path(id);
			assertThat(centre.path("status").asString()).as(id).isEqualTo("UNAVAILABLE");
			assertThat(centre.path("details").path("reasons").toString()).as(id).contains(reason);
		});
		assertThat(get("/", "text/html").body()).contains("Education Endowment Foundation")
			.contains("Demo Centre for Community Growing")
			.contains("is temporarily unavailable");
		HttpResponse<String> brokenCentrePage = get("/centres/invalid-content", "text/html");
		assertThat(brokenCentrePage.statusCode()).isEqualTo(503);
		assertThat(brokenCentrePage.body()).contains("evidence is temporarily unavailable")
			.contains("ratings.verdict: unknown level of scale &#39;verdict&#39;");
	}

	@Test
	void anEditInThePreviewFolderIsServedWithoutARestartAndABrokenEditIsShownWhileTheLastGoodContentStays()
			throws Exception {
		EvidenceSearch search = this.application.getBean(EvidenceSearch.class);
		Path entry = this.demo.resolve("entries/allotment-plots.md");

		String api = "/api/v1/search?q=allotment";
		assertThat(get(api, "application/json").body()).contains("Allotment plots for people on waiting lists");
		assertThat(get(api, "application/json").body()).as("kept by the search API")
			.contains("Allotment plots for people on waiting lists");

		edit(entry, "title: Allotment plots for people on waiting lists",
				"title: Allotment plots and polytunnels for people on waiting lists");
		await().atMost(Duration.ofSeconds(30)).until(() -> search.search(SearchRequest.of("polytunnels")).total() > 0);
		await().atMost(Duration.ofSeconds(30))
			.alias("the search API answers from the new content, not a kept answer")
			.until(() -> get(api, "application/json").body()
				.contains("Allotment plots and polytunnels for people on waiting lists"));
		assertThat(get("/preview/status", "text/html").body()).contains("All preview content is valid")
			.contains(this.demo.toString());

		edit(entry, "verdict: \"1\"", "verdict: \"<b>6</b>\"");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/preview/status", "text/html").body().contains("problem(s) in the preview content"));
		String status = get("/preview/status", "text/html").body();
		assertThat(status).contains("entries/allotment-plots.md:9: ratings.verdict")
			.contains("&lt;b&gt;6&lt;/b&gt;")
			.doesNotContain("<b>6</b>")
			.contains("last good content");
		assertThat(get("/preview/status", "application/json").body()).contains("\"valid\":false");
		assertThat(get("/search?q=allotment", "text/html").body()).as("every page shows the preview problems")
			.contains("content problem(s): the last good content is still shown")
			.contains("entries/allotment-plots.md:9: ratings.verdict");
		assertThat(get("/preview/status", "*/*").body()).as("a page unless JSON is asked for")
			.contains("<h1>Preview status</h1>");
		assertThat(search.search(SearchRequest.of("polytunnels")).total()).as("last good content still served")
			.isPositive();
		assertThat(get("/actuator/health", "application/json").body()).contains("serving last good content");

		edit(entry, "verdict: \"<b>6</b>\"", "verdict: \"2\"");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/preview/status", "text/html").body().contains("All preview content is valid"));
	}

	private static void edit(Path file, String from, String to) throws Exception {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(text).contains(from);
		assertThat(to.length()).as("an edit that changes the size, so it is seen at once").isNotEqualTo(from.length());
		Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
	}

}
