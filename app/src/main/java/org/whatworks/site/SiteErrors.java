package org.whatworks.site;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the site's own request problems into GOV.UK-styled pages. Other errors (404 for
 * unknown pages, 500) use the templates under {@code templates/error/}.
 */
@ControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		ModelAndView view = new ModelAndView("error/bad-request");
		view.addObject("problems", ex.problems());
		view.setStatus(HttpStatus.BAD_REQUEST);
		return view;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView view = new ModelAndView("error/404");
		view.addObject("what", ex.getMessage());
		view.setStatus(HttpStatus.NOT_FOUND);
		return view;
	}

}
