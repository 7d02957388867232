package org.whatworks.site;

/**
 * An entry or centre the site does not have; shown as the GOV.UK 'page not found' page.
 */
class NotFoundException extends RuntimeException {

	NotFoundException(String what) {
		super(what);
	}

}
