package org.whatworks.site;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.UnavailableCentre;
import org.whatworks.network.NetworkContent;

/**
 * Notices every page shows: which centres are unavailable, and in preview mode the
 * content problems of the files being edited (the last good content is still shown).
 */
@ControllerAdvice(basePackageClasses = SiteNotices.class)
class SiteNotices {

	private final NetworkContent content;

	SiteNotices(NetworkContent content) {
		this.content = content;
	}

	@ModelAttribute("unavailableCentres")
	List<String> unavailableCentres() {
		return this.content.catalogue().unavailable().stream().map(UnavailableCentre::id).toList();
	}

	@ModelAttribute("previewActive")
	boolean previewActive() {
		return this.content.previewActive();
	}

	@ModelAttribute("previewProblems")
	List<String> previewProblems() {
		return this.content.previewProblems().stream().map(ContentProblem::toString).toList();
	}

}
