package org.whatworks.feedback;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whatworks.operations.SearchHistory;
import org.whatworks.security.OperationsIntegrationTest;
import org.whatworks.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three forms as a browser without JavaScript uses them (plain form posts over real
 * HTTP, against the real PostgreSQL), and their triage in the admin area.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackIntegrationTests extends OperationsIntegrationTest {

	static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedbackRetention retention;

	@Autowired
	SearchHistory history;

	@Test
	void reportingAProblemWithARatingReachesTheEntrysCentre() throws Exception {
		HttpResponse<String> form = get("/feedback/problem?entry=education/feedback");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Report a problem with this rating").contains("name=\"message\"");
		assertThat(form.headers().allValues("Set-Cookie")).as("a form sets no cookie").isEmpty();

		HttpResponse<String> empty = post("/feedback/problem", Map.of("entry", "education/feedback", "message", " "));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("govuk-error-summary")
			.contains("<a href=\"#message\">Enter what is wrong and why</a>")
			.contains("<title>Error: Report a problem");

		String message = "The months figure differs from the toolkit " + UUID.randomUUID();
		HttpResponse<String> sent = post("/feedback/problem",
				Map.of("entry", "education/feedback", "message", message, "email", "reader@example.org"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow())
			.endsWith("/feedback/sent?kind=problem&centre=education");
		assertThat(get("/feedback/sent?kind=problem&centre=education").body()).contains("It has gone to");
		Map<String, Object> row = row(message);
		assertThat(row).containsEntry("centre", "education")
			.containsEntry("entry_id", "feedback")
			.containsEntry("kind", "PROBLEM")
			.containsEntry("status", "RECEIVED")
			.containsEntry("email", "reader@example.org");
	}

	@Test
	void aSuggestionNeedsACentreAndATopicAndGoesToTheCentreChosen() throws Exception {
		HttpResponse<String> form = get("/feedback/suggestion?q=knife+crime&centre=crime");
		assertThat(form.body()).contains("value=\"knife crime\"").contains("<option value=\"crime\" selected");

		HttpResponse<String> wrong = post("/feedback/suggestion", Map.of("centre", "nowhere", "message", "x"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Select the centre your suggestion is for")
			.contains("Enter the programme or topic you suggest");

		String message = "Please review youth diversion " + UUID.randomUUID();
		HttpResponse<String> sent = post("/feedback/suggestion",
				Map.of("centre", "crime", "topic", "Youth diversion", "message", message));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(row(message)).containsEntry("centre", "crime")
			.containsEntry("topic", "Youth diversion")
			.containsEntry("kind", "SUGGESTION");
	}

	@Test
	void aReviewRequestIsPlainTextWithinTheLimits() throws Exception {
		HttpResponse<String> html = post("/feedback/review", Map.of("entry", "crime/cctv", "message",
				"<script>alert(1)</script>", "email", "not an email", "name", "x".repeat(201)));
		assertThat(html.statusCode()).isEqualTo(400);
		assertThat(html.body())
			.contains("Your message must be plain text: remove anything in angle brackets, like &lt;b&gt;")
			.contains("Enter an email address in the correct format")
			.contains("Name or organisation must be 200 characters or fewer (it has 201)")
			.doesNotContain("<script>alert(1)</script>");
		HttpResponse<String> tooLong = post("/feedback/review",
				Map.of("entry", "crime/cctv", "message", "a".repeat(FeedbackForm.MAX_MESSAGE + 1)));
		assertThat(tooLong.body()).contains("Your message must be 2000 characters or fewer (it has 2001)");

		String message = "Our evaluation of 2024 is missing " + UUID.randomUUID();
		assertThat(post("/feedback/review", Map.of("entry", "crime/cctv", "message", message, "name", "Provider Ltd"))
			.statusCode()).isEqualTo(302);
		assertThat(row(message)).containsEntry("centre", "crime").containsEntry("kind", "REVIEW");
	}

	@Test
	void aFilledHoneypotOrACrossSitePostStoresNothing() throws Exception {
		String message = "Bot text " + UUID.randomUUID();
		HttpResponse<String> bot = post("/feedback/problem",
				Map.of("entry", "education/feedback", "message", message, "website", "http://spam.example"));
		assertThat(bot.statusCode()).isEqualTo(302);
		HttpResponse<String> crossSite = HTTP
			.send(request("localhost", "/feedback/problem", Map.of("entry", "education/feedback", "message", message))
				.header("Origin", "https://evil.example")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(crossSite.statusCode()).isEqualTo(403);
		assertThat(count(message)).isZero();
		assertThat(post("/feedback/problem", Map.of("entry", "education/no-such-entry", "message", "m")).statusCode())
			.isEqualTo(404);
	}

	@Test
	void aPostFromThePublicAddressIsAcceptedWhereverTheRequestArrives() throws Exception {
		// behind a proxy the browser's Origin is the public address, not the host and
		// port
		// the app itself listens on; here the public address is the default base URL
		String message = "Seen through the proxy " + UUID.randomUUID();
		HttpResponse<String> proxied = HTTP
			.send(request("localhost", "/feedback/problem", Map.of("entry", "education/feedback", "message", message))
				.header("Origin", SiteProperties.DEFAULT_BASE_URL)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(proxied.statusCode()).isEqualTo(302);
		assertThat(count(message)).isOne();
		HttpResponse<String> otherPort = HTTP
			.send(request("localhost", "/feedback/problem", Map.of("entry", "education/feedback", "message", message))
				.header("Origin", "http://localhost:8081")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(otherPort.statusCode()).isEqualTo(403);
	}

	/**
	 * Last, because every item the other tests send counts towards the same client's
	 * hour.
	 */
	@Test
	@Order(Integer.MAX_VALUE)
	void oneClientMaySendOnlyAFewItemsAnHour() throws Exception {
		String message = "Rate " + UUID.randomUUID();
		int limit = new FeedbackProperties(null, null, null).perClientPerHour();
		int accepted = 0;
		HttpResponse<String> last = null;
		for (int i = 0; i <= limit; i++) {
			last = post("/feedback/problem", Map.of("entry", "crime/cctv", "message", message));
			if (last.statusCode() != 302) {
				break;
			}
			accepted++;
		}
		assertThat(accepted).isLessThanOrEqualTo(limit);
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.body()).contains("You have sent too many messages");
		assertThat(count(message)).isEqualTo(accepted);
	}

	@Test
	void anEditorTriagesTheirOwnCentresItemsOnly() throws Exception {
		String message = "Triage me " + UUID.randomUUID();
		post("/feedback/problem", Map.of("entry", "education/feedback", "message", message));
		long id = ((Number) row(message).get("id")).longValue();

		Browser crime = signedIn(CRIME_EDITOR, EDITOR_PASSWORD);
		assertThat(crime.get("/admin/centres/education/feedback").statusCode()).isEqualTo(403);
		assertThat(crime.get("/admin/centres/education/feedback.csv").statusCode()).isEqualTo(403);
		assertThat(crime.get("/admin/feedback").statusCode()).isEqualTo(403);
		assertThat(crime.get("/admin/centres/crime/feedback").body()).doesNotContain(message);
		Map<String, String> change = new LinkedHashMap<>();
		change.put("status", "DECLINED");
		change.put("reply", "not yours");
		change.put("_csrf", crime.csrfToken("/admin/centres/crime/feedback"));
		assertThat(crime.post("/admin/centres/crime/feedback/" + id, change).statusCode()).isEqualTo(404);
		assertThat(crime.post("/admin/centres/education/feedback/" + id, change).statusCode()).isEqualTo(403);
		assertThat(row(message)).containsEntry("status", "RECEIVED");

		Browser education = signedIn(EDUCATION_EDITOR, EDITOR_PASSWORD);
		assertThat(education.get("/admin/centres/education/feedback").body()).contains(message);
		change.put("status", "ANSWERED");
		change.put("reply", "Corrected, thank you.");
		change.put("_csrf", education.csrfToken("/admin/centres/education/feedback"));
		HttpResponse<String> saved = education.post("/admin/centres/education/feedback/" + id, change);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(row(message)).containsEntry("status", "ANSWERED").containsEntry("reply", "Corrected, thank you.");

		Browser admin = signedIn(ADMIN, ADMIN_PASSWORD);
		assertThat(admin.get("/admin/feedback").body()).contains(message).contains("id=\"feedback-counts\"");
		HttpResponse<String> csv = admin.get("/admin/feedback.csv");
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("id,kind,centre,entry,topic,status")
			.contains(id + ",PROBLEM,education,feedback,,ANSWERED");
		assertThat(admin.get("/admin").body()).contains("Feedback");
	}

	@Test
	void theRetentionJobAnonymisesOldItems() {
		String old = "Old message " + UUID.randomUUID();
		String recent = "Recent message " + UUID.randomUUID();
		Instant longAgo = Instant.now().minus(Duration.ofDays(400));
		this.jdbc
			.sql("INSERT INTO feedback_item (kind, centre, entry_id, message, name, email, received_at, updated_at) "
					+ "VALUES ('PROBLEM', 'crime', 'cctv', ?, 'A Person', 'a@example.org', ?, ?)")
			.params(old, Timestamp.from(longAgo), Timestamp.from(longAgo))
			.update();
		this.jdbc
			.sql("INSERT INTO feedback_item (kind, centre, entry_id, message, email, received_at, updated_at) "
					+ "VALUES ('PROBLEM', 'crime', 'cctv', ?, 'b@example.org', now(), now())")
			.param(recent)
			.update();
		long id = this.jdbc.sql("SELECT id FROM feedback_item WHERE message = ?").param(old).query(Long.class).single();

		assertThat(this.retention.run()).isGreaterThanOrEqualTo(1);

		Map<String, Object> anonymised = this.jdbc.sql("SELECT * FROM feedback_item WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(anonymised).containsEntry("message", FeedbackRepository.REMOVED)
			.containsEntry("name", null)
			.containsEntry("email", null)
			.containsEntry("centre", "crime");
		assertThat(anonymised.get("anonymised_at")).isNotNull();
		assertThat(row(recent)).containsEntry("email", "b@example.org");
	}

	@Test
	void pagesLinkToTheFormsAndShowTheCentresContact() throws Exception {
		assertThat(get("/entries/education/feedback").body())
			.contains("href=\"/feedback/problem?entry=education/feedback\"")
			.contains("href=\"/feedback/review?entry=education/feedback\"");
		assertThat(get("/centres/crime").body()).contains("How to contact us")
			.contains("mailto:")
			.contains("href=\"/feedback/suggestion?centre=crime\"");
		assertThat(get("/search?q=zzzqqqxxy").body()).contains("href=\"/feedback/suggestion?q=zzzqqqxxy\"");
	}

	@Test
	void zeroResultQueriesAreListedBesideTheSuggestionsForTheSameTopic() throws Exception {
		String topic = "zqx" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(get("/search?q=" + topic).statusCode()).isEqualTo(200);
		assertThat(post("/feedback/suggestion", Map.of("centre", "crime", "topic", topic, "message", "please"))
			.statusCode()).isEqualTo(302);
		this.history.flush();
		Browser admin = signedIn(ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> page = admin.get("/admin/insights?centre=");
		assertThat(page.statusCode()).isEqualTo(200);
		String zeroTable = page.body().substring(page.body().indexOf("id=\"zero-result-queries\""));
		assertThat(zeroTable)
			.containsPattern(topic + "</td>\\s*<td[^>]*>1</td>\\s*<td[^>]*>1 week\\(s\\)[^<]*</td>\\s*<td[^>]*>1</td>");
		assertThat(admin.get("/admin/insights.csv").body()).contains("," + topic + ",,,1,1");
		assertThat(admin.get("/admin/insights?weeks=0").statusCode()).isEqualTo(400);
	}

	@Test
	void aSearchWithAControlCharacterIsRecordedAndLosesNoOtherSearch() throws Exception {
		String topic = "zqn" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(get("/search?q=" + topic + "%00nul").statusCode()).isEqualTo(200);
		assertThat(get("/search?q=" + topic + "+plain").statusCode()).isEqualTo(200);
		this.history.flush();
		assertThat(this.jdbc.sql("SELECT query FROM search_daily WHERE query LIKE ? ORDER BY query")
			.param(topic + "%")
			.query(String.class)
			.list()).containsExactly(topic + " nul", topic + " plain");
	}

	private Map<String, Object> row(String message) {
		return this.jdbc.sql("SELECT * FROM feedback_item WHERE message = ?").param(message).query().singleRow();
	}

	private long count(String message) {
		return this.jdbc.sql("SELECT count(*) FROM feedback_item WHERE message = ?")
			.param(message)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		return send("localhost", path, form);
	}

	private HttpResponse<String> send(String host, String path, Map<String, String> form) throws Exception {
		return HTTP.send(request(host, path, form).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String host, String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create("http://" + host + ":" + this.port + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

}
