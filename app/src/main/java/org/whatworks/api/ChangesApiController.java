package org.whatworks.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.RatingChange;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.site.SitePaths;

/**
 * The rating history as data: new entries and changed headline ratings or bands, as
 * core's {@code RatingHistory} knows them from each centre's {@code history.yaml}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Changes", description = "New entries and rating changes, release by release.")
class ChangesApiController {

	private static final String FORMAT = "a date written YYYY-MM-DD, such as 2026-01-31";

	private final ApiSupport support;

	ChangesApiController(ApiSupport support) {
		this.support = support;
	}

	@GetMapping("/changes")
	@Operation(summary = "New entries and rating changes",
			description = "Every entry added to the network and every change of an entry's headline ratings or network band, dated by the release that made it, newest first. Known by comparing each release's content with the previous one (each centre's history.yaml); a centre that keeps no history has no changes.")
	@ApiResponse(responseCode = "200", description = "The changes.")
	ResponseEntity<ChangeList> changes(@Parameter(description = "Only changes on or after this day, YYYY-MM-DD.",
			example = "2026-01-01", schema = @Schema(type = "string", format = "date")) @RequestParam(name = "since",
					required = false) String since,
			HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), List.of("since"), null);
		String text = SearchParameters.single(request.getParameterMap(), "since");
		LocalDate from = null;
		if (text != null) {
			try {
				from = LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw ApiException.badParameter("since",
						"Parameter 'since' must be " + FORMAT + "; found " + Problems.quote(text) + ".",
						List.of("YYYY-MM-DD"));
			}
		}
		EvidenceCatalogue catalogue = this.support.catalogue();
		ApiMapper mapper = ApiMapper.forCurrentRequest(catalogue);
		List<RatingChange> changes = (from != null) ? catalogue.ratingHistory().since(from)
				: catalogue.ratingHistory().changes();
		List<Change> body = changes.stream().map((change) -> change(change, catalogue, mapper)).toList();
		return ApiSupport.ok(new ChangeList(from, body.size(), body));
	}

	private static Change change(RatingChange change, EvidenceCatalogue catalogue, ApiMapper mapper) {
		EvidenceEntry entry = catalogue.entry(change.entry()).orElse(null);
		String centre = change.entry().centreId();
		String id = change.entry().entryId();
		return new Change(change.date(), change.kind().code(), centre, id, (entry != null) ? entry.title() : id,
				mapper.link(SitePaths.entry(centre, id) + "#update-" + change.date()),
				mapper.link("/api/v1/entries/" + centre + "/" + id),
				change.before().stream().map(ChangesApiController::rating).toList(), change.bandBefore(),
				change.after().stream().map(ChangesApiController::rating).toList(), change.band(), change.summary());
	}

	private static Rating rating(RatingChange.Rating rating) {
		return new Rating(rating.scale(), rating.scaleName(), rating.value(), rating.label());
	}

	@Schema(name = "ChangeList", description = "New entries and rating changes, newest first.")
	record ChangeList(@Schema(description = "The first day asked for, or null for every change.", types = {
			"string", "null" }, format = "date") LocalDate since,
			@Schema(description = "How many changes are listed.") int count,
			@Schema(description = "The changes, newest first.") List<Change> changes){
	}

	@Schema(name = "Change",
			description = "An entry added to the network, or a change of its headline ratings or band.")
	record Change(@Schema(description = "The date of the release that made the change.") LocalDate date,
			@Schema(description = "added (first appeared) or rating-changed.", allowableValues = {
					"added", "rating-changed" }) String kind,
			@Schema(description = "The entry's centre id.") String centre,
			@Schema(description = "The entry's id within its centre.") String id,
			@Schema(description = "The entry's title now.") String title,
			@Schema(description = "The update on the entry's page.") URI url,
			@Schema(description = "The entry in the API.") URI apiUrl,
			@Schema(description = "The headline ratings before; empty when added.") List<Rating> before,
			@Schema(description = "The network band before; null when added.",
					types = { "string", "null" }) EvidenceBand bandBefore,
			@Schema(description = "The headline ratings from this date; empty when the centre did not rate it.") List<Rating> after,
			@Schema(description = "The network band from this date.") EvidenceBand band,
			@Schema(description = "The change in words, as the site shows it.") String summary){
	}

	@Schema(name = "HistoryRating", description = "One headline rating at a point in an entry's history.")
	record Rating(@Schema(description = "The centre's scale id.") String scale,
			@Schema(description = "The scale's name.") String scaleName,
			@Schema(description = "The native value as recorded.") String value,
			@Schema(description = "The value as the centre shows it.") String label) {
	}

}
