package org.whatworks.api;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.whatworks.core.content.EvidenceCatalogue;

/**
 * The open data page: every download, the feeds, the API's documentation, and the data
 * dictionary describing every CSV column.
 */
@Controller
class DataPageController {

	private final ApiSupport support;

	DataPageController(ApiSupport support) {
		this.support = support;
	}

	@GetMapping(DataDictionary.PAGE)
	String data(Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, ApiSupport.CACHE.getHeaderValue());
		EvidenceCatalogue catalogue = this.support.catalogue();
		model.addAttribute("centres", catalogue.centres());
		model.addAttribute("entries", catalogue.entries().size());
		model.addAttribute("columns", DataDictionary.COLUMNS);
		model.addAttribute("licence", DownloadsController.LICENCE);
		return "data/index";
	}

}
