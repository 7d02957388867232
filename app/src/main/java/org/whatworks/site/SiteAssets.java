package org.whatworks.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The versioned addresses of the site's own files ({@link SiteResources}), for every
 * page, error pages included: {@code @{${assets.url('/css/site.css')}}} (a request
 * attribute, so that pages made by exception handlers have it too). Each is worked out
 * once.
 */
@Component
public class SiteAssets {

	static final String ATTRIBUTE = "assets";

	private final ObjectProvider<ResourceUrlProvider> urls;

	private final Map<String, String> known = new ConcurrentHashMap<>();

	SiteAssets(@Qualifier("mvcResourceUrlProvider") ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
	}

	/**
	 * The address to link a file of the site by.
	 * @param path the file's plain path, such as {@code /css/site.css}
	 * @return its versioned path, or the plain path if it is not a versioned file
	 */
	public String url(String path) {
		return this.known.computeIfAbsent(path, (p) -> {
			String versioned = this.urls.getObject().getForLookupPath(p);
			return (versioned != null) ? versioned : p;
		});
	}

}
