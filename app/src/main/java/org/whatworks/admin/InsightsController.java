package org.whatworks.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.feedback.FeedbackRepository;
import org.whatworks.network.NetworkContent;
import org.whatworks.operations.SearchHistory;
import org.whatworks.security.AdminUser;

/**
 * Search insights over time, from every replica: top and zero-result queries of the last
 * weeks, the weekly trend as a chart with its table, filterable by centre, and the daily
 * rows as CSV. Zero-result queries show the suggestions received for the same topic, and
 * site searches that found nothing as typed show what the site offered instead and
 * whether a link was followed; site searches that found entries but where no result was
 * followed are listed as poor results.
 */
@Controller
class InsightsController {

	static final int CHART_WIDTH = 640;

	static final int CHART_HEIGHT = 200;

	private final SearchHistory history;

	private final NetworkContent content;

	private final ObjectProvider<FeedbackRepository> feedback;

	InsightsController(SearchHistory history, NetworkContent content, ObjectProvider<FeedbackRepository> feedback) {
		this.history = history;
		this.content = content;
		this.feedback = feedback;
	}

	@GetMapping("/admin/insights")
	String insights(@RequestParam(defaultValue = "12") int weeks, @RequestParam(required = false) String centre,
			@AuthenticationPrincipal AdminUser user, Model model) {
		int span = weeks(weeks);
		String only = centre(centre);
		List<SearchHistory.Week> trend = this.history.weekly(span, only);
		model.addAttribute("weeks", span);
		model.addAttribute("centre", only);
		model.addAttribute("centres",
				this.content.catalogue().centres().stream().map(LoadedCentre::id).sorted().toList());
		model.addAttribute("top", this.history.queries(span, only, 25, false));
		model.addAttribute("zero", this.history.queries(span, only, 25, true));
		model.addAttribute("unanswered", this.history.zeroResultQueries(span, only, 25));
		model.addAttribute("unfollowed", this.history.unfollowedQueries(span, only, 25));
		model.addAttribute("suggested", suggestedTopics());
		model.addAttribute("trend", trend);
		model.addAttribute("bars", bars(trend));
		model.addAttribute("chartWidth", CHART_WIDTH);
		model.addAttribute("chartHeight", CHART_HEIGHT);
		model.addAttribute("user", user);
		return "admin/insights";
	}

	@GetMapping("/admin/insights.csv")
	ResponseEntity<String> csv(@RequestParam(defaultValue = "12") int weeks,
			@RequestParam(required = false) String centre) {
		StringBuilder csv = new StringBuilder("day,query,centre,filters,searches,zero_results\r\n");
		for (Map<String, Object> row : this.history.days(weeks(weeks), centre(centre))) {
			csv.append(row.get("day"))
				.append(',')
				.append(cell(row.get("query")))
				.append(',')
				.append(cell(row.get("centre")))
				.append(',')
				.append(cell(row.get("filters")))
				.append(',')
				.append(row.get("searches"))
				.append(',')
				.append(row.get("zero_results"))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"search-insights.csv\"")
			.body(csv.toString());
	}

	private Map<String, Long> suggestedTopics() {
		FeedbackRepository repository = this.feedback.getIfAvailable();
		try {
			return (repository != null) ? repository.suggestedTopics(500) : Map.of();
		}
		catch (DataAccessException ex) {
			return Map.of();
		}
	}

	private static int weeks(int weeks) {
		if (weeks < 1 || weeks > 104) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "weeks must be from 1 to 104");
		}
		return weeks;
	}

	private String centre(String centre) {
		if (centre == null || centre.isBlank()) {
			return null;
		}
		if (this.content.catalogue().centre(centre).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "centre must be the id of a centre");
		}
		return centre;
	}

	/** Two bars a week, searches and zero-result searches, scaled to the busiest week. */
	static List<Bar> bars(List<SearchHistory.Week> trend) {
		long max = Math.max(1, trend.stream().mapToLong(SearchHistory.Week::searches).max().orElse(1));
		double slot = (double) CHART_WIDTH / Math.max(1, trend.size());
		double width = Math.max(1, slot / 2 - 2);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < trend.size(); i++) {
			SearchHistory.Week week = trend.get(i);
			double all = (double) CHART_HEIGHT * week.searches() / max;
			double zero = (double) CHART_HEIGHT * week.zeroResults() / max;
			bars.add(new Bar(round(i * slot + 1), round(CHART_HEIGHT - all), round(width), round(all),
					round(i * slot + 1 + width), round(CHART_HEIGHT - zero), round(zero), week));
		}
		return bars;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String cell(Object value) {
		String text = (value != null) ? value.toString() : "";
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return (text.contains(",") || text.contains("\"")) ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	record Bar(double x, double y, double width, double height, double zeroX, double zeroY, double zeroHeight,
			SearchHistory.Week week) {
	}

}
