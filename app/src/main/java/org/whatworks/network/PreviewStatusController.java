package org.whatworks.network;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.UnavailableCentre;

/**
 * {@code GET /preview/status}: in preview mode, what is being served from which folder
 * and every validation problem in the preview folders, so a centre team sees why an edit
 * did not show up. Not found when preview mode is off.
 */
@Controller
class PreviewStatusController {

	private final NetworkContent content;

	PreviewStatusController(NetworkContent content) {
		this.content = content;
	}

	/**
	 * The status as a page, or as JSON when the client asks for JSON and not HTML.
	 */
	@GetMapping("/preview/status")
	ResponseEntity<?> status(@RequestHeader(name = HttpHeaders.ACCEPT, defaultValue = "") String accept) {
		requirePreview();
		if (accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains(MediaType.TEXT_HTML_VALUE)) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json());
		}
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html());
	}

	private Map<String, Object> json() {
		EvidenceCatalogue catalogue = this.content.catalogue();
		Map<String, Object> centres = new LinkedHashMap<>();
		this.content.previewFolders().forEach((id, folder) -> {
			Map<String, Object> centre = new LinkedHashMap<>();
			centre.put("folder", folder.toString());
			catalogue.centre(id).ifPresentOrElse((loaded) -> {
				centre.put("status", "loaded");
				centre.put("entries", loaded.entries().size());
			}, () -> centre.put("status", "unavailable"));
			centre.put("problems", problems(id).stream().map(ContentProblem::toString).toList());
			centres.put(id, centre);
		});
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("valid", this.content.previewProblems().isEmpty());
		status.put("loadedAt", catalogue.loadedAt().toString());
		status.put("centres", centres);
		return status;
	}

	private String html() {
		EvidenceCatalogue catalogue = this.content.catalogue();
		List<ContentProblem> problems = this.content.previewProblems();
		StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<title>Preview status - What Works Network</title></head><body><main>\n"
				+ "<h1>Preview status</h1>\n");
		if (problems.isEmpty()) {
			page.append("<p id=\"preview-valid\">All preview content is valid. Content last loaded at ")
				.append(escape(catalogue.loadedAt().toString()))
				.append(".</p>\n");
		}
		else {
			page.append("<div id=\"preview-problems\" role=\"alert\"><h2>")
				.append(problems.size())
				.append(" problem(s) in the preview content</h2>\n")
				.append("<p>The site keeps serving the last content that was valid. Fix these and save; ")
				.append("the page is up to date on the next load.</p>\n<ul>\n");
			problems.forEach((problem) -> page.append("<li>").append(escape(problem.toString())).append("</li>\n"));
			page.append("</ul></div>\n");
		}
		page.append("<h2>Centres served from a folder</h2>\n<table><thead><tr><th scope=\"col\">Centre</th>"
				+ "<th scope=\"col\">Folder</th><th scope=\"col\">Status</th></tr></thead><tbody>\n");
		for (Map.Entry<String, Path> preview : this.content.previewFolders().entrySet()) {
			String id = preview.getKey();
			String status = catalogue.centre(id)
				.map(LoadedCentre::entries)
				.map((entries) -> "loaded, " + entries.size() + " entries"
						+ (problems(id).isEmpty() ? "" : " (last good content)"))
				.orElse("unavailable");
			page.append("<tr><td>")
				.append(escape(id))
				.append("</td><td>")
				.append(escape(preview.getValue().toString()))
				.append("</td><td>")
				.append(escape(status))
				.append("</td></tr>\n");
		}
		page.append("</tbody></table>\n");
		List<UnavailableCentre> unavailable = catalogue.unavailable();
		if (!unavailable.isEmpty()) {
			page.append("<h2>Unavailable centres</h2>\n<ul>\n");
			unavailable.forEach((centre) -> page.append("<li>")
				.append(escape(centre.id()))
				.append(": ")
				.append(escape(String.join("; ", centre.reasons())))
				.append("</li>\n"));
			page.append("</ul>\n");
		}
		return page.append("</main></body></html>\n").toString();
	}

	private List<ContentProblem> problems(String id) {
		return this.content.previewProblems().stream().filter((p) -> p.centreId().equals(id)).toList();
	}

	private void requirePreview() {
		if (!this.content.previewActive()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Preview mode is off");
		}
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
