package org.whatworks.feedback;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.whatworks.security.AdminUser;

/**
 * Triage in the admin area. The security module lets a centre editor reach only
 * {@code /admin/centres/<their centre>/...}; every query here names that centre, so an
 * item of another centre is not found. Network admins see every centre at
 * {@code /admin/feedback}.
 */
@Controller
class FeedbackAdminController {

	private final FeedbackRepository repository;

	private final Clock clock = Clock.systemUTC();

	FeedbackAdminController(FeedbackRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/admin/feedback")
	String all(@AuthenticationPrincipal AdminUser user, Model model) {
		return page(null, user, model);
	}

	@GetMapping("/admin/centres/{centre}/feedback")
	String centre(@PathVariable String centre, @AuthenticationPrincipal AdminUser user, Model model) {
		return page(centre, user, model);
	}

	private String page(String centre, AdminUser user, Model model) {
		List<FeedbackItem> items = this.repository.items(centre);
		Map<String, Map<FeedbackStatus, Long>> counts = this.repository.counts();
		if (centre != null) {
			counts.keySet().retainAll(List.of(centre));
		}
		model.addAttribute("items", items);
		model.addAttribute("counts", counts);
		model.addAttribute("statuses", FeedbackStatus.values());
		model.addAttribute("centre", centre);
		model.addAttribute("user", user);
		return "feedback/admin";
	}

	@PostMapping("/admin/centres/{centre}/feedback/{id}")
	String triage(@PathVariable String centre, @PathVariable long id, @RequestParam String status,
			@RequestParam(required = false) String reply, RedirectAttributes redirect) {
		FeedbackStatus newStatus;
		try {
			newStatus = FeedbackStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"status must be one of RECEIVED, IN_REVIEW, ANSWERED, DECLINED");
		}
		String text = FeedbackForm.clean(reply);
		if (text != null && text.length() > FeedbackForm.MAX_MESSAGE) {
			redirect.addFlashAttribute("problem",
					"The reply must be " + FeedbackForm.MAX_MESSAGE + " characters or fewer");
		}
		else if (!this.repository.triage(centre, id, newStatus, text, this.clock.instant())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such item for this centre");
		}
		else {
			redirect.addFlashAttribute("done", "Item " + id + " is now " + newStatus.label().toLowerCase());
		}
		redirect.addAttribute("centre", centre);
		return "redirect:/admin/centres/{centre}/feedback#item-" + id;
	}

	@GetMapping("/admin/feedback.csv")
	ResponseEntity<String> allCsv() {
		return csv(null);
	}

	@GetMapping("/admin/centres/{centre}/feedback.csv")
	ResponseEntity<String> centreCsv(@PathVariable String centre) {
		return csv(centre);
	}

	private ResponseEntity<String> csv(String centre) {
		StringBuilder csv = new StringBuilder(
				"id,kind,centre,entry,topic,status,received_at,updated_at,anonymised_at,name,email,message,reply\r\n");
		for (FeedbackItem item : this.repository.items(centre)) {
			row(csv, item.id(), item.kind(), item.centre(), item.entryId(), item.topic(), item.status(),
					item.receivedAt(), item.updatedAt(), item.anonymisedAt(), item.name(), item.email(), item.message(),
					item.reply());
		}
		String file = ((centre != null) ? centre + "-" : "") + "feedback.csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
			.body(csv.toString());
	}

	static void row(StringBuilder csv, Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	/** A CSV cell; text a spreadsheet would run as a formula is prefixed with a quote. */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
