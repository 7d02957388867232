package org.whatworks.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.whatworks.core.content.Approaches;

/**
 * Cross-centre approaches: where the centres agree and differ.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Approaches", description = "Approaches more than one centre covers, and whether their ratings agree.")
class ApproachApiController {

	private static final List<String> NONE = List.of();

	private final ApiSupport support;

	ApproachApiController(ApiSupport support) {
		this.support = support;
	}

	@GetMapping("/approaches")
	@Operation(summary = "List the cross-centre approaches",
			description = "Every approach that entries of more than one centre cover (linked by sameAs, or by includes where one centre's strand or guideline includes another's named programme), with its overall verdict.")
	@ApiResponse(responseCode = "200", description = "The approaches.")
	ResponseEntity<ApproachApiModel.ApproachList> approaches(HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), NONE, null);
		return ApiSupport.ok(ApproachApiModel.ApproachList.of(this.support.catalogue().approaches()));
	}

	@GetMapping("/approaches/{id}")
	@Operation(summary = "One cross-centre approach",
			description = "Each centre's native rating and scope (the same subject, a broader strand or guideline, or one named programme), the network band per shared outcome domain, the verdict with its rule and, where the bands differ, the reasons drawn from the evidence criteria.")
	@ApiResponse(responseCode = "200", description = "The approach.")
	ResponseEntity<ApproachApiModel.ApproachDetail> approach(
			@Parameter(description = "Approach id, as listed by GET /api/v1/approaches.",
					example = "multisystemic-therapy") @PathVariable String id,
			HttpServletRequest request) {
		SearchParameters.checkNames(request.getParameterMap(), NONE, null);
		Approaches approaches = this.support.catalogue().approaches();
		return ApiSupport.ok(approaches.approach(id)
			.map(ApproachApiModel.ApproachDetail::of)
			.orElseThrow(() -> ApiException.notFound("There is no approach " + Problems.quote(id)
					+ ". Approaches: GET /api/v1/approaches lists their ids.")));
	}

}
