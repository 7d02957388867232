package org.whatworks.security;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.whatworks.network.NetworkContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin page and action refuses anonymous users and editors of another centre;
 * every action needs a CSRF token; the public site is read-only.
 */
class AdminAccessIntegrationTests extends OperationsIntegrationTest {

	static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/search", "/admin/centres/education",
			"/admin/centres/crime");

	static final List<String> ADMIN_ACTIONS = List.of("/admin/reindex", "/admin/centres/education/reindex");

	@Autowired
	NetworkContent content;

	Instant loadedAt() {
		return this.content.catalogue().loadedAt();
	}

	@Test
	void anonymousUsersAreSentToSignInFromEveryAdminPage() throws Exception {
		Browser anonymous = browser();
		for (String page : ADMIN_PAGES) {
			HttpResponse<String> response = anonymous.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login"));
		}
	}

	@Test
	void anonymousUsersCannotRunAnyAdminActionEvenWithAToken() throws Exception {
		Instant before = loadedAt();
		for (String action : ADMIN_ACTIONS) {
			assertThat(browser().post(action, Map.of()).statusCode()).as(action + " without token").isEqualTo(403);
			HttpResponse<String> withToken = browser().postWithCsrf(action, "/admin/login");
			assertThat(withToken.statusCode()).as(action + " with token").isEqualTo(302);
			assertThat(withToken.headers().firstValue("Location").orElse("")).endsWith("/admin/login");
		}
		assertThat(loadedAt()).as("content was not reloaded").isEqualTo(before);
	}

	@Test
	void operationsEndpointsOtherThanHealthAndInfoNeedANetworkAdmin() throws Exception {
		Browser anonymous = browser();
		assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/info").statusCode()).isEqualTo(200);
		for (String endpoint : List.of("/actuator/prometheus", "/actuator/metrics")) {
			HttpResponse<String> response = anonymous.get(endpoint);
			assertThat(response.statusCode()).as(endpoint).isIn(302, 401);
			assertThat(response.body()).doesNotContain("jvm_memory");
			assertThat(getWithBasic(endpoint, EDUCATION_EDITOR, EDITOR_PASSWORD).statusCode()).as(endpoint)
				.isEqualTo(403);
			assertThat(getWithBasic(endpoint, ADMIN, ADMIN_PASSWORD).statusCode()).as(endpoint).isEqualTo(200);
		}
	}

	@Test
	void anEditorOfAnotherCentreIsRefusedEveryPageAndAction() throws Exception {
		Browser crimeEditor = signedIn(CRIME_EDITOR, EDITOR_PASSWORD);
		for (String page : List.of("/admin/centres/education", "/admin/search")) {
			assertThat(crimeEditor.get(page).statusCode()).as(page).isEqualTo(403);
		}
		Instant before = loadedAt();
		String token = crimeEditor.csrfToken("/admin/centres/crime");
		for (String action : ADMIN_ACTIONS) {
			assertThat(crimeEditor.post(action, Map.of("_csrf", token)).statusCode()).as(action).isEqualTo(403);
		}
		assertThat(loadedAt()).as("content was not reloaded").isEqualTo(before);
	}

	@Test
	void anEditorSeesOnlyTheirOwnCentre() throws Exception {
		Browser editor = signedIn(EDUCATION_EDITOR, EDITOR_PASSWORD);
		HttpResponse<String> overview = editor.get("/admin");
		assertThat(overview.statusCode()).isEqualTo(302);
		assertThat(overview.headers().firstValue("Location").orElse("")).endsWith("/admin/centres/education");
		String report = editor.get("/admin/centres/education").body();
		assertThat(report).contains("data-centre=\"education\"").doesNotContain("data-centre=\"crime\"");
		assertThat(report).doesNotContain("Search insights");
	}

	@Test
	void anEditorCanReindexTheirOwnCentre() throws Exception {
		Browser editor = signedIn(EDUCATION_EDITOR, EDITOR_PASSWORD);
		Instant before = loadedAt();
		HttpResponse<String> response = editor.postWithCsrf("/admin/centres/education/reindex",
				"/admin/centres/education");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/admin/centres/education");
		assertThat(editor.get("/admin/centres/education").body()).contains("Content reloaded:");
		assertThat(loadedAt()).isAfter(before);
	}

	@Test
	void aNetworkAdminSeesEveryCentreAndCanReindex() throws Exception {
		Browser admin = signedIn(ADMIN, ADMIN_PASSWORD);
		String report = admin.get("/admin").body();
		for (String centre : List.of("health", "education", "crime", "ageing", "early-intervention", "local-growth")) {
			assertThat(report).contains("data-centre=\"" + centre + "\"");
		}
		Instant before = loadedAt();
		HttpResponse<String> response = admin.postWithCsrf("/admin/reindex", "/admin");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin").body()).contains("Content reloaded:");
		assertThat(loadedAt()).isAfter(before);
	}

	@Test
	void actionsWithoutAValidCsrfTokenAreRefused() throws Exception {
		Browser admin = signedIn(ADMIN, ADMIN_PASSWORD);
		Instant before = loadedAt();
		assertThat(admin.post("/admin/reindex", Map.of()).statusCode()).isEqualTo(403);
		assertThat(admin.post("/admin/reindex", Map.of("_csrf", "forged")).statusCode()).isEqualTo(403);
		Browser other = signedIn(ADMIN, ADMIN_PASSWORD);
		String othersToken = other.csrfToken("/admin");
		admin.get("/admin");
		assertThat(admin.post("/admin/reindex", Map.of("_csrf", othersToken)).statusCode())
			.as("another session's token")
			.isEqualTo(403);
		assertThat(loadedAt()).isEqualTo(before);
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		HttpResponse<String> response = browser().signIn(ADMIN, "admin");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/admin/login?error");
		assertThat(browser().signIn("nobody", "admin-test").headers().firstValue("Location").orElse(""))
			.endsWith("/admin/login?error");
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		Browser admin = signedIn(ADMIN, ADMIN_PASSWORD);
		assertThat(admin.postWithCsrf("/admin/logout", "/admin").statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void thePublicSiteIsReadOnlyForAnonymousUsers() throws Exception {
		for (String path : List.of("/", "/search")) {
			assertThat(browser().post(path, Map.of("q", "x")).statusCode()).as("POST " + path).isEqualTo(403);
		}
		assertThat(browser().post("/api/v1/search", Map.of("q", "x")).statusCode())
			.as("the API is read-only and says so rather than asking for a CSRF token")
			.isEqualTo(405);
	}

}
