package org.whatworks.network;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.whatworks.WhatWorksApplication;
import org.whatworks.core.content.CentreLoader;
import org.whatworks.core.content.HistoryFile;
import org.whatworks.core.plugin.ContentSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Following a search in a feed reader across two releases of a fixture centre. The demo
 * centre is served in preview mode from a copy this test edits, alone (the shipped
 * centres are switched off): release 1 records its history as a centre team does
 * ({@link HistoryFile#record}); release 2 changes a verdict and records again. The feed
 * of {@code /search.atom?q=mentoring} is read as a feed reader reads it and gains an item
 * for the change; then (after release 2) the entry's page, its feed and
 * {@code /api/v1/changes} show it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RatingHistoryIntegrationTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final LocalDate RELEASE_1 = LocalDate.of(2026, 1, 10);

	private static final LocalDate RELEASE_2 = LocalDate.of(2026, 6, 1);

	private Path folder;

	private Path demo;

	private ConfigurableApplicationContext application;

	private String base;

	@BeforeAll
	void start() throws Exception {
		this.folder = Files.createTempDirectory("whatworks-history");
		this.demo = FixtureCentres.copy(FixtureCentres.DEMO, this.folder.resolve("demo"));
		edit("entries/allotment-plots.md", "but the studies are small.",
				"but the studies are small. Some sites pair new plot holders with a mentor.");
		record(RELEASE_1);
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.jmx.enabled=false",
				"--whatworks.preview.paths.demo=" + this.demo, "--whatworks.preview.poll-interval=200ms"));
		for (String id : List.of("education", "health", "crime", "ageing", "early-intervention", "local-growth")) {
			arguments.add("--whatworks.centres." + id + ".enabled=false");
		}
		this.application = new SpringApplicationBuilder(WhatWorksApplication.class)
			.run(arguments.toArray(String[]::new));
		this.base = "http://localhost:" + this.application.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	void stop() throws Exception {
		if (this.application != null) {
			this.application.close();
		}
		FileSystemUtils.deleteRecursively(this.folder);
	}

	@Test
	@Order(1)
	void aSearchFeedIsValidAtomAndGainsAnItemWhenARatingChangesInTheSecondRelease() throws Exception {
		Element first = feed("/search.atom?q=mentoring");
		List<Element> before = items(first);
		assertThat(before).singleElement().satisfies((item) -> {
			assertThat(text(item, "title")).isEqualTo(
					"Allotment plots for people on waiting lists " + "(Demo Centre for Community Growing): added");
			assertThat(text(item, "summary")).isEqualTo("Added with Verdict: Promising. Network band: Promising.");
		});

		edit("entries/allotment-plots.md", "verdict: \"1\"", "verdict: \"2\"");
		record(RELEASE_2);
		await().atMost(Duration.ofSeconds(30)).until(() -> items(feed("/search.atom?q=mentoring")).size() == 2);

		Element second = feed("/search.atom?q=mentoring");
		List<Element> after = items(second);
		Element change = after.get(0);
		assertThat(text(change, "title")).isEqualTo(
				"Allotment plots for people on waiting lists (Demo Centre for Community Growing): rating changed");
		assertThat(text(change, "summary")).isEqualTo(
				"Verdict changed from Promising to Effective. Network band changed from Promising to Well supported.");
		assertThat(text(change, "updated")).isEqualTo("2026-06-01T00:00:00Z");
		assertThat(text(change, "id")).endsWith("/entries/demo/allotment-plots#update-2026-06-01");
		assertThat(text(second, "updated")).as("the feed is as new as its newest item")
			.isEqualTo("2026-06-01T00:00:00Z");
		assertThat(text(after.get(1), "id")).isEqualTo(text(before.get(0), "id"));
	}

	@Test
	@Order(2)
	void theEntryShowsItsUpdatesAndAdvertisesItsFeedAndTheApiListsTheChanges() throws Exception {
		String page = get("/entries/demo/allotment-plots", "text/html").body();
		assertThat(page)
			.contains(
					"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/entries/demo/allotment-plots.atom\"")
			.containsPattern("<a class=\"govuk-link\" rel=\"alternate\" type=\"application/atom\\+xml\"\\s+"
					+ "href=\"/entries/demo/allotment-plots.atom\">Follow this entry</a>")
			.contains("<h2 class=\"govuk-heading-l\" id=\"updates\">Updates</h2>")
			.contains(
					"Verdict changed from Promising to Effective. Network band changed from Promising to Well supported.")
			.contains("<time datetime=\"2025-03-01\">1 March 2025</time>");
		assertThat(items(feed("/entries/demo/allotment-plots.atom"))).hasSize(2);

		HttpResponse<String> changes = get("/api/v1/changes?since=2026-01-01", "application/json");
		assertThat(changes.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(changes.body());
		assertThat(body.path("count").asInt()).isEqualTo(1);
		JsonNode only = body.path("changes").get(0);
		assertThat(only.path("kind").asString()).isEqualTo("rating-changed");
		assertThat(only.path("date").asString()).isEqualTo("2026-06-01");
		assertThat(only.path("before").get(0).path("label").asString()).isEqualTo("Promising");
		assertThat(only.path("after").get(0).path("label").asString()).isEqualTo("Effective");
		assertThat(only.path("bandBefore").asString()).isEqualTo("PROMISING");
		assertThat(only.path("band").asString()).isEqualTo("WELL_SUPPORTED");
		assertThat(JSON.readTree(get("/api/v1/changes", "application/json").body()).path("count").asInt())
			.as("every change: two entries added, one changed")
			.isEqualTo(3);

		HttpResponse<String> bad = get("/api/v1/changes?since=June", "application/json");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(bad.body());
		assertThat(problem.path("parameter").asString()).isEqualTo("since");
		assertThat(problem.path("detail").asString()).contains("YYYY-MM-DD").contains("'June'");
		assertThat(get("/entries/demo/atlantis.atom", "application/atom+xml").statusCode()).isEqualTo(404);
	}

	private void edit(String file, String from, String to) throws Exception {
		Path path = this.demo.resolve(file);
		String text = Files.readString(path);
		Files.writeString(path, text.replace(from, to));
	}

	/** What a centre team's build does: {@code -Dwhatworks.history.record=<date>}. */
	private void record(LocalDate release) throws Exception {
		String history = HistoryFile.record(CentreLoader.load(ContentSource.directory(this.demo), "demo"), release);
		Files.writeString(this.demo.resolve(HistoryFile.NAME), history);
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A feed, checked for what Atom requires of a feed and of each entry. */
	private Element feed(String path) throws Exception {
		HttpResponse<String> response = get(path, "application/atom+xml");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(URI.create(text(root, "id")).isAbsolute()).isTrue();
		assertThat(text(root, "title")).isNotBlank();
		Instant.parse(text(root, "updated"));
		assertThat(text(child(root, "author"), "name")).isNotBlank();
		Set<String> ids = new HashSet<>();
		for (Element item : items(root)) {
			assertThat(ids.add(text(item, "id"))).as("item ids are unique").isTrue();
			assertThat(URI.create(text(item, "id")).isAbsolute()).isTrue();
			assertThat(text(item, "title")).isNotBlank();
			Instant.parse(text(item, "updated"));
			assertThat(child(item, "link").getAttribute("href")).contains("/entries/demo/");
			assertThat(text(item, "summary")).isNotBlank();
		}
		return root;
	}

	private static List<Element> items(Element feed) {
		List<Element> items = new ArrayList<>();
		NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < nodes.getLength(); i++) {
			items.add((Element) nodes.item(i));
		}
		return items;
	}

	private static String text(Element parent, String name) {
		return child(parent, name).getTextContent();
	}

	private static Element child(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getParentNode() == parent) {
				return (Element) nodes.item(i);
			}
		}
		throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
	}

}
