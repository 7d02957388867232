package org.whatworks.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one application context of the security, admin and operations integration tests:
 * the real application on a random port with three admin users (a network admin and the
 * editors of two centres), over real HTTP. Every class of the family extends this class
 * unchanged, so Spring starts the application once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "whatworks.admin.users[0].name=admin",
				"whatworks.admin.users[0].password-hash=$2a$10$xvEjN9wOqKHljkt9AjdHKu1nJQMf7439cIUC/30GZdFmMUPFmJRGS",
				"whatworks.admin.users[0].role=network-admin", "whatworks.admin.users[1].name=education-editor",
				"whatworks.admin.users[1].password-hash=$2a$10$ZGVCNeHG1ddxa4QK/t7dO.U3DWm/dQ0PLmXf65SRamYajBGDFNed.",
				"whatworks.admin.users[1].role=centre-editor", "whatworks.admin.users[1].centre=education",
				"whatworks.admin.users[2].name=crime-editor",
				"whatworks.admin.users[2].password-hash=$2a$10$ZGVCNeHG1ddxa4QK/t7dO.U3DWm/dQ0PLmXf65SRamYajBGDFNed.",
				"whatworks.admin.users[2].role=centre-editor", "whatworks.admin.users[2].centre=crime",
				"whatworks.api.rate-limit.requests-per-second=100000", "whatworks.api.rate-limit.burst=100000" })
public abstract class OperationsIntegrationTest {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "admin-test";

	public static final String EDUCATION_EDITOR = "education-editor";

	public static final String CRIME_EDITOR = "crime-editor";

	public static final String EDITOR_PASSWORD = "editor-test";

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	/** What a browser asks for when it follows a link. */
	static final String ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	protected int port;

	protected URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** A browser of its own: cookies, no automatic redirects. */
	protected Browser browser() {
		return new Browser();
	}

	/** A browser signed in as a user. */
	protected Browser signedIn(String user, String password) throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> response = browser.signIn(user, password);
		assertThat(response.statusCode()).as("sign-in of " + user).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).as("sign-in of " + user).endsWith("/admin");
		return browser;
	}

	/** One request with HTTP basic authentication and no session. */
	protected HttpResponse<String> getWithBasic(String path, String user, String password) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	/** A user agent with its own cookie jar. */
	protected class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		public HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", ACCEPT_HTML).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		public HttpResponse<String> post(String path, Map<String, String> form)
				throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Accept", ACCEPT_HTML)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** POSTs with the CSRF token of a page this browser may open. */
		public HttpResponse<String> postWithCsrf(String path, String pageWithForm)
				throws IOException, InterruptedException {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("_csrf", csrfToken(pageWithForm));
			return post(path, form);
		}

		public String csrfToken(String pageWithForm) throws IOException, InterruptedException {
			HttpResponse<String> page = get(pageWithForm);
			assertThat(page.statusCode()).as(pageWithForm).isEqualTo(200);
			Matcher matcher = CSRF.matcher(page.body());
			assertThat(matcher.find()).as("a CSRF token on " + pageWithForm).isTrue();
			return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
		}

		public HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("username", user);
			form.put("password", password);
			form.put("_csrf", csrfToken("/admin/login"));
			return post("/admin/login", form);
		}

	}

}
