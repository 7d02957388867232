package org.whatworks.feedback;

import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.network.NetworkContent;
import org.whatworks.site.SiteProperties;

/**
 * The three public forms. They set no cookie: instead of a session-held CSRF token, a
 * post from another site (by its {@code Origin} or {@code Sec-Fetch-Site} header) is
 * refused. A post's origin counts as this site when it is the configured public address
 * ({@code whatworks.site.base-url}, what people reach the site at behind a proxy) or the
 * address the request itself was sent to. A filled honeypot is thanked and dropped. With
 * the database down the forms answer 503 and store nothing.
 */
@Controller
class FeedbackController {

	private final FeedbackRepository repository;

	private final NetworkContent content;

	private final ClientRateLimit rateLimit;

	private final Clock clock;

	private final URI publicAddress;

	FeedbackController(FeedbackRepository repository, NetworkContent content, FeedbackProperties properties,
			SiteProperties site) {
		this.publicAddress = site.baseUrl();
		this.repository = repository;
		this.content = content;
		this.rateLimit = new ClientRateLimit(properties.perClientPerHour());
		this.clock = Clock.systemUTC();
	}

	@GetMapping("/feedback/{kind}")
	String form(@PathVariable String kind, @RequestParam(required = false) String entry,
			@RequestParam(required = false) String centre, @RequestParam(required = false) String q, Model model,
			HttpServletResponse response) {
		FeedbackKind feedbackKind = kind(kind);
		FeedbackForm form = new FeedbackForm();
		form.setEntry(entry);
		form.setCentre(centre);
		form.setTopic((q != null && q.length() <= FeedbackForm.MAX_SHORT) ? q : null);
		return page(feedbackKind, form, List.of(), model, response);
	}

	@PostMapping("/feedback/{kind}")
	String send(@PathVariable String kind, @ModelAttribute FeedbackForm form, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		FeedbackKind feedbackKind = kind(kind);
		if (crossSite(request, this.publicAddress)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Cross-site form post");
		}
		Optional<EvidenceEntry> entry = feedbackKind.aboutAnEntry() ? entry(form.getEntry()) : Optional.empty();
		if (feedbackKind.aboutAnEntry() && entry.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such entry");
		}
		String centre = entry.map(EvidenceEntry::centreId).orElse(form.getCentre());
		boolean centreKnown = centre != null && this.content.catalogue().centre(centre).isPresent();
		List<FeedbackForm.FieldError> errors = form.validate(feedbackKind, centreKnown);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(feedbackKind, form, errors, model, response);
		}
		redirect.addAttribute("kind", feedbackKind.slug());
		redirect.addAttribute("centre", centre);
		if (form.filledHoneypot()) {
			return "redirect:/feedback/sent";
		}
		if (!this.rateLimit.tryAcquire(request.getRemoteAddr(), this.clock.instant())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "feedback/too-many";
		}
		try {
			this.repository.add(feedbackKind, centre, entry.map(EvidenceEntry::id).orElse(null),
					FeedbackForm.clean(form.getTopic()), FeedbackForm.clean(form.getMessage()),
					FeedbackForm.clean(form.getName()), FeedbackForm.clean(form.getEmail()), this.clock.instant());
		}
		catch (DataAccessException ex) {
			return unavailable(response);
		}
		return "redirect:/feedback/sent";
	}

	@GetMapping("/feedback/sent")
	String sent(@RequestParam(required = false) String kind, @RequestParam(required = false) String centre,
			Model model) {
		model.addAttribute("kind", FeedbackKind.ofSlug(kind).orElse(FeedbackKind.PROBLEM));
		model.addAttribute("centre", (centre != null) ? this.content.catalogue().centre(centre).orElse(null) : null);
		return "feedback/sent";
	}

	private String page(FeedbackKind kind, FeedbackForm form, List<FeedbackForm.FieldError> errors, Model model,
			HttpServletResponse response) {
		EvidenceCatalogue catalogue = this.content.catalogue();
		Optional<EvidenceEntry> entry = Optional.empty();
		if (kind.aboutAnEntry()) {
			entry = entry(form.getEntry());
			if (entry.isEmpty()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such entry");
			}
		}
		if (!this.repository.available()) {
			return unavailable(response);
		}
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("entry", entry.orElse(null));
		model.addAttribute("entryCentre", entry.flatMap((e) -> catalogue.centre(e.centreId())).orElse(null));
		model.addAttribute("centres",
				catalogue.centres()
					.stream()
					.sorted(Comparator.comparing((LoadedCentre c) -> c.centre().name()))
					.toList());
		return "feedback/form";
	}

	private String unavailable(HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "300");
		return "feedback/unavailable";
	}

	private Optional<EvidenceEntry> entry(String ref) {
		if (ref == null || ref.indexOf('/') < 1) {
			return Optional.empty();
		}
		String[] parts = ref.split("/", 2);
		return this.content.catalogue().entry(new EntryRef(parts[0], parts[1]));
	}

	private static FeedbackKind kind(String slug) {
		return FeedbackKind.ofSlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such form"));
	}

	static boolean crossSite(HttpServletRequest request, URI publicAddress) {
		if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null || origin.equals("null")) {
			return origin != null;
		}
		try {
			URI uri = URI.create(origin);
			boolean publicOrigin = publicAddress.getScheme().equals(uri.getScheme())
					&& publicAddress.getHost().equalsIgnoreCase(uri.getHost()) && port(publicAddress) == port(uri);
			boolean requestOrigin = request.getServerName().equalsIgnoreCase(uri.getHost())
					&& port(uri) == request.getServerPort();
			return !(publicOrigin || requestOrigin);
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equals(uri.getScheme()) ? 443 : 80;
	}

}
