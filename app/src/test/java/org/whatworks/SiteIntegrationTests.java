package org.whatworks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real application on a random port, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	String get(String path) throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@Test
	void healthListsEverySixCentresAsLoaded() throws Exception {
		String health = get("/actuator/health");
		for (String centre : new String[] { "health", "education", "crime", "ageing", "early-intervention",
				"local-growth" }) {
			assertThat(health).contains("\"" + centre + "\":{\"details\":{");
		}
		assertThat(health).contains("\"entries\":");
	}

	@Test
	void homePageListsTheCentresWithEntryCounts() throws Exception {
		String home = get("/");
		assertThat(home).contains("Education Endowment Foundation").containsPattern("\\d+ entries");
	}

}
