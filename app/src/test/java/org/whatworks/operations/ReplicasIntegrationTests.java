package org.whatworks.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whatworks.WhatWorksApplication;
import org.whatworks.network.NetworkContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the real application on loopback, sharing one PostgreSQL of their own
 * (so that stopping it touches no other test): an admin's sign-in on one is valid on the
 * other, a reload asked of one reaches the other, and both add to the same search
 * insights. Then the database stops: evidence is still served, the forms answer 503,
 * health shows the database down while readiness stays up; and when the database is back
 * everything resumes without a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIntegrationTests {

	static final String ADMIN_HASH = "$2a$10$xvEjN9wOqKHljkt9AjdHKu1nJQMf7439cIUC/30GZdFmMUPFmJRGS";

	static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Path dataDirectory;

	static int databasePort;

	static EmbeddedPostgres database;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void start() throws Exception {
		dataDirectory = Files.createTempDirectory("replicas-pg");
		try (ServerSocket socket = new ServerSocket(0)) {
			databasePort = socket.getLocalPort();
		}
		database = startDatabase();
		first = replica();
		second = replica();
	}

	static EmbeddedPostgres startDatabase() throws IOException {
		return EmbeddedPostgres.builder()
			.setPort(databasePort)
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.start();
	}

	static ConfigurableApplicationContext replica() {
		return new SpringApplicationBuilder(WhatWorksApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--whatworks.replicas.poll=PT0.5S",
				"--whatworks.insights.flush-interval=PT1H", "--whatworks.admin.users[0].name=admin",
				"--whatworks.admin.users[0].password-hash=" + ADMIN_HASH,
				"--whatworks.admin.users[0].role=network-admin");
	}

	@AfterAll
	static void stop() throws IOException {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void aSignInOnOneReplicaIsValidOnTheOther() throws Exception {
		Browser browser = new Browser();
		browser.signIn(first);
		HttpResponse<String> elsewhere = browser.get(second, "/admin");
		assertThat(elsewhere.statusCode()).isEqualTo(200);
		assertThat(elsewhere.body()).contains("Signed in as").contains("admin");
	}

	@Test
	@Order(2)
	void aReloadAskedOfOneReplicaReachesTheOther() throws Exception {
		Browser browser = new Browser();
		browser.signIn(first);
		Instant before = second.getBean(NetworkContent.class).catalogue().loadedAt();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", browser.csrf(first, "/admin"));
		HttpResponse<String> reindex = browser.post(first, "/admin/reindex", form);
		assertThat(reindex.statusCode()).isEqualTo(302);
		assertThat(eventually(() -> second.getBean(NetworkContent.class).catalogue().loadedAt().isAfter(before)))
			.as("the second replica reloaded")
			.isTrue();
		assertThat(second.getBean(ContentGeneration.class).seen())
			.isEqualTo(first.getBean(ContentGeneration.class).seen());
	}

	@Test
	@Order(3)
	void searchInsightsAddUpAcrossReplicas() throws Exception {
		String query = "replica probe " + UUID.randomUUID().toString().substring(0, 8);
		String path = "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
		assertThat(get(first, path).statusCode()).isEqualTo(200);
		assertThat(get(second, path).statusCode()).isEqualTo(200);
		assertThat(
				get(second, "/search?q=" + URLEncoder.encode(query.toUpperCase(), StandardCharsets.UTF_8)).statusCode())
			.isEqualTo(200);
		first.getBean(SearchHistory.class).flush();
		second.getBean(SearchHistory.class).flush();
		long searches = JdbcClient.create(first.getBean(javax.sql.DataSource.class))
			.sql("SELECT sum(searches) FROM search_daily WHERE query = ?")
			.param(query)
			.query(Long.class)
			.single();
		assertThat(searches).isEqualTo(3);
		Browser browser = new Browser();
		browser.signIn(second);
		HttpResponse<String> page = browser.get(first, "/admin/insights");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(query).contains("<svg class=\"app-trend\"");
		assertThat(browser.get(first, "/admin/insights.csv").body()).contains(query);
	}

	@Test
	@Order(4)
	void withTheDatabaseDownEvidenceIsServedAndFormsSayTheyCannotTakeFeedback() throws Exception {
		database.close();
		try {
			for (String page : new String[] { "/search?q=mentoring", "/entries/education/feedback",
					"/api/v1/search?q=mentoring", "/centres/crime", "/data/search.csv?q=mentoring" }) {
				assertThat(get(first, page).statusCode()).as(page).isEqualTo(200);
			}
			HttpResponse<String> form = get(first, "/feedback/problem?entry=education/feedback");
			assertThat(form.statusCode()).isEqualTo(503);
			assertThat(form.body()).contains("Sorry, this form is not working");
			String message = "While down " + UUID.randomUUID();
			HttpResponse<String> sent = post(first, "/feedback/problem",
					Map.of("entry", "education/feedback", "message", message));
			assertThat(sent.statusCode()).isEqualTo(503);
			assertThat(sent.body()).contains("Nothing you sent has been saved");

			HttpResponse<String> health = get(first, "/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(JSON.readTree(health.body()).at("/components/db/status").asString()).isEqualTo("DOWN");
			HttpResponse<String> readiness = get(first, "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(readiness.body()).at("/status").asString()).isEqualTo("UP");
		}
		finally {
			database = startDatabase();
		}
		String message = "After restart " + UUID.randomUUID();
		assertThat(eventually(() -> {
			try {
				return post(first, "/feedback/problem", Map.of("entry", "education/feedback", "message", message))
					.statusCode() == 302;
			}
			catch (Exception ex) {
				return false;
			}
		})).as("a form works again without a restart").isTrue();
		assertThat(get(first, "/actuator/health").statusCode()).isEqualTo(200);
		assertThat(JdbcClient.create(second.getBean(javax.sql.DataSource.class))
			.sql("SELECT count(*) FROM feedback_item WHERE message LIKE 'While down %'")
			.query(Long.class)
			.single()).isZero();
	}

	static boolean eventually(Supplier<Boolean> condition) throws InterruptedException {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (condition.get()) {
				return true;
			}
			Thread.sleep(250);
		}
		return condition.get();
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	static URI uri(ConfigurableApplicationContext context, String path) {
		return URI.create("http://localhost:" + port(context) + path);
	}

	static HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		String accept = (path.startsWith("/api") || path.startsWith("/actuator") || path.startsWith("/data/")) ? "*/*"
				: "text/html";
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(context, path)).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(ConfigurableApplicationContext context, String path, Map<String, String> form)
			throws Exception {
		return new Browser().post(context, path, form);
	}

	/** One browser with its cookies, used against both replicas. */
	static class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(context, path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(ConfigurableApplicationContext context, String path, Map<String, String> form)
				throws Exception {
			String body = form.entrySet()
				.stream()
				.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.client.send(HttpRequest.newBuilder(uri(context, path))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrf(ConfigurableApplicationContext context, String path) throws Exception {
			Matcher matcher = CSRF.matcher(get(context, path).body());
			assertThat(matcher.find()).as("a CSRF token on " + path).isTrue();
			return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
		}

		void signIn(ConfigurableApplicationContext context) throws Exception {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("username", "admin");
			form.put("password", "admin-test");
			form.put("_csrf", csrf(context, "/admin/login"));
			HttpResponse<String> response = post(context, "/admin/login", form);
			assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/admin");
		}

	}

}
