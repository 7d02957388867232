package org.whatworks.api;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.whatworks.network.NetworkContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search API keeps its answers: an answer given again is the same, byte for byte and
 * ETag for ETag, as one searched afresh; clients can still revalidate it; and a content
 * reload is never hidden by a kept answer.
 */
class SearchAnswerCacheTests extends ApiIntegrationTest {

	@Autowired
	SearchAnswerCache cache;

	@Autowired
	MeterRegistry registry;

	@Autowired
	NetworkContent content;

	@Test
	void aKeptAnswerIsTheSameAsAFreshOneWithAnETagOfItsBody() throws Exception {
		String path = "/api/v1/search?q=mentoring&band=PROMISING&band=MIXED&sort=confidence&size=7";
		this.cache.clear();
		double hits = gets("hit");
		HttpResponse<String> fresh = get(path);
		HttpResponse<String> kept = get(path);
		assertThat(gets("hit")).as("the second answer was the kept one").isEqualTo(hits + 1);
		this.cache.clear();
		HttpResponse<String> again = get(path);
		for (HttpResponse<String> response : List.of(fresh, kept, again)) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
			assertThat(response.headers().firstValue("Content-Length"))
				.hasValue(Integer.toString(response.body().getBytes(StandardCharsets.UTF_8).length));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("ETag"))
				.hasValue(SearchAnswerCache.etag(response.body().getBytes(StandardCharsets.UTF_8)));
		}
		assertThat(kept.body()).isEqualTo(fresh.body()).isEqualTo(again.body());
		assertThat(JSON.readTree(kept.body()).path("results").size()).isEqualTo(7);
	}

	@Test
	void anETagChangesWithAnyByteOfTheBody() {
		byte[] body = "{\"query\":\"mentoring\",\"total\":12}".getBytes(StandardCharsets.UTF_8);
		String etag = SearchAnswerCache.etag(body);
		assertThat(etag).matches("W/\"[0-9a-f]{16}-[0-9a-f]+\"").isEqualTo(SearchAnswerCache.etag(body.clone()));
		for (int i = 0; i < body.length; i++) {
			byte[] changed = body.clone();
			changed[i] ^= 1;
			assertThat(SearchAnswerCache.etag(changed)).as("byte %d changed", i).isNotEqualTo(etag);
		}
		assertThat(SearchAnswerCache.etag(Arrays.copyOf(body, body.length + 1))).isNotEqualTo(etag);
	}

	@Test
	void theSameSearchAskedDifferentlyGetsTheSameAnswer() throws Exception {
		String answer = get("/api/v1/search?q=mentoring&centre=crime&centre=education&band=promising").body();
		assertThat(get("/api/v1/search?band=PROMISING&centre=education&centre=crime&q=%20mentoring%20&page=1&size=20")
			.body()).isEqualTo(answer);
		assertThat(JSON.readTree(answer).path("query").asString()).isEqualTo("mentoring");
		assertThat(get("/api/v1/search?q=Mentoring").body()).as("the query is echoed as typed")
			.contains("\"query\":\"Mentoring\"");
	}

	@Test
	void filtersAndDownloadLinksAreInNameOrderSoAnswersAndETagsDoNotChangeWithARestart() throws Exception {
		var answer = JSON
			.readTree(get("/api/v1/search?q=reading&lifeStage=PRIMARY_AGE&centre=education&domain=EDUCATION_AND_SKILLS"
					+ "&band=PROMISING&education.phase=primary&cost=1&confidence=3&approach=TEACHING_AND_CURRICULUM")
				.body());
		List<String> names = new java.util.ArrayList<>(answer.path("filters").propertyNames());
		assertThat(names).hasSize(8).isSorted();
		String csv = answer.path("downloads").path("csv").asString();
		assertThat(csv)
			.contains("?q=reading&approach=TEACHING_AND_CURRICULUM&band=PROMISING&centre=education&confidence=3"
					+ "&cost=1&domain=EDUCATION_AND_SKILLS&education.phase=primary&lifeStage=PRIMARY_AGE");
	}

	@Test
	void linksInAKeptAnswerStartAtTheConfiguredBaseUrlWhateverAddressTheRequestUsed() throws Exception {
		String viaLoopback = send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/api/v1/search?q=feedback"))).body();
		String viaLocalhost = get("/api/v1/search?q=feedback").body();
		assertThat(viaLocalhost).isEqualTo(viaLoopback);
		assertThat(viaLoopback).contains(HttpSurfaceTests.SITE + "/").doesNotContain("127.0.0.1");
	}

	@Test
	void aKeptAnswerCanBeRevalidatedWithItsETag() throws Exception {
		String path = "/api/v1/search?q=phonics";
		get(path);
		HttpResponse<String> kept = get(path);
		String etag = kept.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> notModified = send(request(path).header("If-None-Match", etag));
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
		HttpResponse<String> changed = send(request(path).header("If-None-Match", "\"0somethingelse\""));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).isEqualTo(kept.body());
	}

	@Test
	void aContentReloadForgetsEveryKeptAnswer() throws Exception {
		String path = "/api/v1/search?q=homework";
		get(path);
		get(path);
		assertThat(this.cache.size()).isPositive();
		double misses = gets("miss");
		this.content.reload();
		assertThat(this.cache.size()).isZero();
		HttpResponse<String> afterReload = get(path);
		assertThat(gets("miss")).as("searched afresh after the reload").isEqualTo(misses + 1);
		assertThat(afterReload.body()).isEqualTo(get(path).body());
	}

	@Test
	void badSearchesAreStillProblemsAndAreNotKept() throws Exception {
		this.cache.clear();
		problem("/api/v1/search?size=101", 400);
		problem("/api/v1/search?q=mentoring&colour=blue", 400);
		assertThat(this.cache.size()).isZero();
	}

	private double gets(String result) {
		FunctionCounter counter = this.registry.find("cache.gets")
			.tag("cache", SearchAnswerCache.NAME)
			.tag("result", result)
			.functionCounter();
		assertThat(counter).as("cache.gets{result=%s}", result).isNotNull();
		return counter.count();
	}

}
