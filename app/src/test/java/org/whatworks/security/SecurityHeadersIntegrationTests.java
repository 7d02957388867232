package org.whatworks.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * The security headers are on every kind of response: pages, the API, errors, static
 * files, operations endpoints and the sign-in page.
 */
class SecurityHeadersIntegrationTests extends OperationsIntegrationTest {

	@Autowired
	WebApplicationContext context;

	static void assertSecurityHeaders(String what, HttpResponse<String> response) {
		String csp = response.headers().firstValue("Content-Security-Policy").orElse(null);
		assertThat(csp).as(what + ": Content-Security-Policy").isNotNull();
		assertThat(csp).as(what)
			.contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.contains("object-src 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).as(what)
			.hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
	}

	@Test
	void pagesApiErrorsAndStaticFilesAllCarryTheHeaders() throws Exception {
		Map<String, Integer> paths = Map.of("/", 200, "/admin/login", 200, "/actuator/health", 200,
				"/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css", 200, "/no-such-page", 404, "/admin",
				302, "/api/v1/search?q=reading", 200, "/api/v1/search?size=100000", 400);
		for (Map.Entry<String, Integer> path : paths.entrySet()) {
			HttpResponse<String> response = browser().get(path.getKey());
			assertThat(response.statusCode()).as(path.getKey()).isEqualTo(path.getValue());
			assertSecurityHeaders(path.getKey(), response);
		}
		Browser editor = signedIn(CRIME_EDITOR, EDITOR_PASSWORD);
		HttpResponse<String> forbidden = editor.get("/admin/centres/education");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertSecurityHeaders("403 page", forbidden);
		HttpResponse<String> csrfRefused = browser().post("/admin/reindex", Map.of());
		assertThat(csrfRefused.statusCode()).isEqualTo(403);
		assertSecurityHeaders("CSRF refusal", csrfRefused);
	}

	@Test
	void errorPagesDoNotShowStackTraces() throws Exception {
		for (String path : List.of("/no-such-page", "/api/v1/search?size=100000")) {
			String body = browser().get(path).body();
			assertThat(body).as(path).doesNotContain("Exception").doesNotContain("at org.");
		}
	}

	@Test
	void strictTransportSecurityIsSentOnlyOverHttps() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/").secure(false)).andExpect(header().doesNotExist("Strict-Transport-Security"));
		assertThat(browser().get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
