package org.whatworks.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.whatworks.core.content.ContentValidationException;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.feedback.FeedbackRepository;
import org.whatworks.feedback.FeedbackStatus;
import org.whatworks.network.NetworkContent;
import org.whatworks.network.WhatWorksProperties;
import org.whatworks.operations.ContentGeneration;
import org.whatworks.operations.SearchInsights;
import org.whatworks.security.AdminRole;
import org.whatworks.security.AdminUser;

/**
 * The admin area. Which pages a user may open is decided by the security module; a
 * network admin sees every centre, a centre editor only their own.
 */
@Controller
class AdminController {

	private final NetworkContent content;

	private final SearchInsights insights;

	private final ContentReportProperties properties;

	private final Period checkFreshness;

	private final Clock clock;

	private ContentGeneration generation;

	private FeedbackRepository feedback;

	AdminController(NetworkContent content, SearchInsights insights, ContentReportProperties properties,
			WhatWorksProperties network) {
		this.content = content;
		this.insights = insights;
		this.properties = properties;
		this.checkFreshness = network.content().checkFreshness();
		this.clock = Clock.systemDefaultZone();
	}

	@Autowired(required = false)
	void setContentGeneration(ContentGeneration generation) {
		this.generation = generation;
	}

	@Autowired(required = false)
	void setFeedback(FeedbackRepository feedback) {
		this.feedback = feedback;
	}

	@GetMapping("/admin")
	String overview(@AuthenticationPrincipal AdminUser user, Model model) {
		if (user.role() == AdminRole.CENTRE_EDITOR) {
			return "redirect:/admin/centres/" + user.centre();
		}
		model.addAttribute("report", ContentReport.of(this.content.catalogue(), this.properties.staleAfter(),
				this.checkFreshness, LocalDate.now(this.clock), (id) -> true));
		feedback(null, model);
		model.addAttribute("user", user);
		return "admin/report";
	}

	@GetMapping("/admin/centres/{centre}")
	String centre(@PathVariable String centre, @AuthenticationPrincipal AdminUser user, Model model) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		if (!known(catalogue, centre)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such centre");
		}
		model.addAttribute("report", ContentReport.of(catalogue, this.properties.staleAfter(), this.checkFreshness,
				LocalDate.now(this.clock), centre::equals));
		model.addAttribute("centre", centre);
		feedback(centre, model);
		model.addAttribute("user", user);
		return "admin/report";
	}

	@GetMapping("/admin/search")
	String search(@AuthenticationPrincipal AdminUser user, Model model) {
		model.addAttribute("insights", this.insights);
		model.addAttribute("top", this.insights.top(50));
		model.addAttribute("zero", this.insights.zeroResults(50));
		model.addAttribute("user", user);
		return "admin/search";
	}

	@PostMapping("/admin/reindex")
	String reindex(RedirectAttributes redirect) {
		reload(redirect);
		return "redirect:/admin";
	}

	@PostMapping("/admin/centres/{centre}/reindex")
	String reindexCentre(@PathVariable String centre, RedirectAttributes redirect) {
		if (!known(this.content.catalogue(), centre)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such centre");
		}
		reload(redirect);
		redirect.addAttribute("centre", centre);
		return "redirect:/admin/centres/{centre}";
	}

	private void reload(RedirectAttributes redirect) {
		try {
			EvidenceCatalogue catalogue = this.content.reload();
			redirect.addFlashAttribute("reindexed",
					"Content reloaded: " + catalogue.entries().size() + " entries from " + catalogue.centres().size()
							+ " centres, " + catalogue.unavailable().size() + " unavailable." + announce());
		}
		catch (ContentValidationException ex) {
			redirect.addFlashAttribute("reindexFailed", "The content did not reload, so the last good content is "
					+ "still served. " + ex.problems().size() + " problem(s): " + ex.problems());
		}
	}

	/** Items per centre and status, or none when the database does not answer. */
	private void feedback(String centre, Model model) {
		model.addAttribute("feedbackStatuses", FeedbackStatus.values());
		if (this.feedback == null) {
			return;
		}
		try {
			Map<String, Map<FeedbackStatus, Long>> counts = this.feedback.counts();
			if (centre != null) {
				counts.keySet().retainAll(List.of(centre));
			}
			model.addAttribute("feedbackCounts", counts);
		}
		catch (DataAccessException ex) {
			// the report itself never depends on the database
		}
	}

	/** Asks the other replicas to reload too; they poll the database for it. */
	private String announce() {
		if (this.generation == null) {
			return "";
		}
		try {
			this.generation.announce();
			return " Other replicas reload within a few seconds.";
		}
		catch (DataAccessException ex) {
			return " The database is not available, so only this replica reloaded.";
		}
	}

	private static boolean known(EvidenceCatalogue catalogue, String centre) {
		return catalogue.centre(centre).isPresent()
				|| catalogue.unavailable().stream().anyMatch((u) -> u.id().equals(centre));
	}

}
