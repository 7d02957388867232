package org.whatworks.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Answers whatever no API endpoint matches under {@code /api}, as problem details: 405
 * for another method on a path that exists, 406 for a GET that asks for a media type the
 * endpoint does not give, 404 otherwise.
 */
@RestController
@Hidden
class ApiFallbackController {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	ApiFallbackController(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@RequestMapping("/api/**")
	ResponseEntity<?> fallback(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean exists = pathExists(path);
		if (exists && "OPTIONS".equals(request.getMethod())) {
			return ResponseEntity.ok().header("Allow", Problems.ALLOW).build();
		}
		if (exists && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return Problems.response(HttpStatus.NOT_ACCEPTABLE,
					"This endpoint answers only in the media types its documentation lists (see /v3/api-docs).",
					request.getRequestURI(), null, null);
		}
		if (exists) {
			return Problems.response(HttpStatus.METHOD_NOT_ALLOWED,
					"The API is read-only: method " + Problems.quote(request.getMethod())
							+ " is not allowed; use GET, HEAD or OPTIONS.",
					request.getRequestURI(), null, Problems.READ_METHODS);
		}
		return Problems.response(HttpStatus.NOT_FOUND,
				"There is no API endpoint at this path. The API is under /api/v1 and described at /v3/api-docs.",
				request.getRequestURI(), null, null);
	}

	private boolean pathExists(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return this.mappings.orderedStream()
			.flatMap((mapping) -> mapping.getHandlerMethods().keySet().stream())
			.anyMatch((info) -> matches(info, container));
	}

	private static boolean matches(RequestMappingInfo info, PathContainer container) {
		if (info.getPathPatternsCondition() != null) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				if (!pattern.getPatternString().equals("/api/**") && pattern.matches(container)) {
					return true;
				}
			}
		}
		return false;
	}

}
