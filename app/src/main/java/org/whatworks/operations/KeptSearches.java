package org.whatworks.operations;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.whatworks.core.search.SearchResults;

/**
 * Zero-result and poor-result searches as work for staff. The first results page of a
 * site search is kept under a random id, and whether one of its links was followed is
 * noted against that id:
 * <ul>
 * <li>a search that found nothing as typed ({@link SearchHistory#zeroResult}), with what
 * its page offered instead: the page receives {@code followedVia}
 * ({@code /search/followed/<id>}), and its links (results, "did you mean", "search
 * instead") go through {@code /search/followed/<id><path>}, which notes the click and
 * redirects there;</li>
 * <li>a search that found entries ({@link SearchHistory#found}): the page receives
 * {@code pingTo} ({@code /search/followed/<id>}), its result links stay direct and carry
 * it as their HTML {@code ping} attribute, so a browser that sends pings posts there when
 * one is followed.</li>
 * </ul>
 * No cookie, no script and nothing about the person: the id ties the click to the search
 * and to nothing else. Searches by signed-in staff are not kept. With
 * {@code whatworks.insights.record=false} no search is kept.
 */
@Configuration(proxyBeanMethods = false)
class KeptSearches implements WebMvcConfigurer {

	/**
	 * The start of the address that notes a followed link; the search's id comes next.
	 */
	static final String FOLLOWED = "/search/followed/";

	/** Where a followed link may lead: the site's entries and searches. */
	static final Pattern ALLOWED = Pattern
		.compile("/entries/[A-Za-z0-9._~%-]+/[A-Za-z0-9._~%-]+(\\?[^#\\s\\\\]*)?|/search(\\?[^#\\s\\\\]*)?");

	private final SearchHistory history;

	private final boolean record;

	KeptSearches(SearchHistory history, InsightsProperties properties) {
		this.history = history;
		this.record = properties.record();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (this.record) {
			registry.addInterceptor(new Recorder(this.history)).addPathPatterns("/search");
		}
	}

	/** Keeps the first page of a site search. */
	static final class Recorder implements HandlerInterceptor {

		private final SearchHistory history;

		Recorder(SearchHistory history) {
			this.history = history;
		}

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) {
			if (modelAndView == null || !(modelAndView.getModel().get("results") instanceof SearchResults results)) {
				return;
			}
			// staff open queries from the insights page to review them; kept, those
			// visits would count as more searches that found nothing or were not followed
			if (results.request().page() != 1 || request.getUserPrincipal() != null) {
				return;
			}
			if (results.total() > 0 && results.correctedQuery() == null) {
				UUID id = this.history.found(results.request(), results.total());
				if (id != null) {
					modelAndView.addObject("pingTo", FOLLOWED + id);
				}
				return;
			}
			String offered = (results.correctedQuery() != null) ? results.correctedQuery() : results.suggestion();
			UUID id = this.history.zeroResult(results.request(), offered);
			if (id != null) {
				modelAndView.addObject("followedVia", FOLLOWED + id);
			}
		}

	}

	@Controller
	static class FollowedLinks {

		private final SearchHistory history;

		FollowedLinks(SearchHistory history) {
			this.history = history;
		}

		/**
		 * Notes that a link of a kept search's page was followed, and goes there: the
		 * address is {@code /search/followed/<id>} followed by the link's own path and
		 * query, so the link reads as where it leads.
		 */
		@GetMapping(FOLLOWED + "{id}/**")
		ResponseEntity<Void> followed(@PathVariable String id, HttpServletRequest request) {
			String uri = request.getRequestURI();
			int start = uri.indexOf('/', uri.indexOf(FOLLOWED) + FOLLOWED.length());
			String to = uri.substring(start)
					+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
			if (!ALLOWED.matcher(to).matches()) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"The address after /search/followed/<id> must be an entry (/entries/<centre>/<entry>) or a search (/search?...) of this site");
			}
			UUID search = uuid(id);
			if (search != null) {
				this.history.followed(search);
			}
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(to))
				.cacheControl(CacheControl.noStore())
				.build();
		}

		/**
		 * Notes that a result of a kept search's page was followed, as the browser
		 * reports it by the link's {@code ping} attribute.
		 */
		@PostMapping(FOLLOWED + "{id}")
		ResponseEntity<Void> pinged(@PathVariable String id) {
			UUID search = uuid(id);
			if (search != null) {
				this.history.followed(search);
			}
			return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
		}

		private static UUID uuid(String id) {
			try {
				return (id.length() == 36) ? UUID.fromString(id) : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
