package org.whatworks.api;

import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.network.ContentReloaded;
import org.whatworks.operations.SearchMetrics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the search API's recent answers, as the JSON written and its ETag, so that a
 * search asked again is answered without searching, mapping, writing JSON or hashing it.
 * <p>
 * An answer is found again by the search as parsed (query as trimmed, filters as sets of
 * codes, sort, page, size), the base URL its links start with, and the generation of the
 * content: every {@link ContentReloaded} starts a new generation and empties the cache,
 * so no answer outlives the content it came from. The cache is bounded by the size of the
 * JSON it holds ({@code whatworks.api.search-cache.max-size}; 0 turns it off), least
 * useful answers go first, and it is watched as {@code cache_*{cache="api-search"}} in
 * the metrics. A search answered from the cache is still counted in the search metrics
 * and search insights, with the time the cached answer took.
 */
@Component
class SearchAnswerCache {

	static final String NAME = "api-search";

	private final Cache<Key, Answer> answers;

	private final AtomicLong generation = new AtomicLong();

	private final SearchMetrics metrics;

	private final JsonMapper json;

	SearchAnswerCache(SearchCacheProperties properties, SearchMetrics metrics, JsonMapper json,
			MeterRegistry registry) {
		this.metrics = metrics;
		this.json = json;
		long maxBytes = properties.maxSize().toBytes();
		if (maxBytes > 0) {
			this.answers = Caffeine.newBuilder()
				.maximumWeight(maxBytes)
				.weigher((Key key, Answer answer) -> answer.weight())
				.recordStats()
				.build();
			CaffeineCacheMetrics.monitor(registry, this.answers, NAME);
		}
		else {
			this.answers = null;
		}
	}

	/**
	 * The answer to a search: the cached one if this search was answered before on the
	 * content being served, else a new one, which is kept.
	 * @param request the search
	 * @param base the base URL of the answer's links
	 * @param search makes the answer; its search must be one the search metrics count
	 * @return the answer, with its ETag and caching headers
	 */
	ResponseEntity<byte[]> answer(SearchRequest request, String base, Supplier<ApiModel.SearchResponse> search) {
		if (this.answers == null) {
			return fresh(search).response();
		}
		long start = System.nanoTime();
		Key key = new Key(request, base, this.generation.get());
		Answer answer = this.answers.getIfPresent(key);
		if (answer != null) {
			this.metrics.record(request, answer.total(), System.nanoTime() - start);
			return answer.response();
		}
		answer = fresh(search);
		this.answers.put(key, answer);
		return answer.response();
	}

	private Answer fresh(Supplier<ApiModel.SearchResponse> search) {
		ApiModel.SearchResponse response = search.get();
		byte[] body = this.json.writeValueAsBytes(response);
		return new Answer(body, etag(body), response.total());
	}

	/**
	 * A weak ETag of the body (weak, as compression may change the bytes sent): two
	 * checksums (CRC-32C and CRC-32, 64 bits together) and its length. Ample for telling
	 * one answer to a search from the next, and far cheaper than the MD5
	 * {@code ShallowEtagHeaderFilter} uses, which took a tenth of the CPU of a search
	 * answered afresh.
	 */
	static String etag(byte[] body) {
		CRC32C castagnoli = new CRC32C();
		castagnoli.update(body);
		CRC32 crc = new CRC32();
		crc.update(body);
		HexFormat hex = HexFormat.of();
		return "W/\"" + hex.toHexDigits((int) castagnoli.getValue()) + hex.toHexDigits((int) crc.getValue()) + "-"
				+ Integer.toHexString(body.length) + "\"";
	}

	/** Forgets every answer: the content they came from is no longer served. */
	@EventListener
	void contentReloaded(ContentReloaded reloaded) {
		this.generation.incrementAndGet();
		if (this.answers != null) {
			this.answers.invalidateAll();
		}
	}

	/** How many answers are kept now (for tests). */
	long size() {
		if (this.answers == null) {
			return 0;
		}
		this.answers.cleanUp();
		return this.answers.estimatedSize();
	}

	/** Forgets every answer (for tests). */
	void clear() {
		if (this.answers != null) {
			this.answers.invalidateAll();
		}
	}

	private record Key(SearchRequest request, String base, long generation) {
	}

	private record Answer(byte[] body, String etag, long total) {

		int weight() {
			// the body and the rest of the entry, roughly
			return this.body.length + 256;
		}

		ResponseEntity<byte[]> response() {
			return ResponseEntity.ok()
				.cacheControl(ApiSupport.CACHE)
				.eTag(this.etag)
				.contentType(MediaType.APPLICATION_JSON)
				.body(this.body);
		}

	}

}
