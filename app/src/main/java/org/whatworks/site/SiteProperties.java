package org.whatworks.site;

import java.net.URI;

import jakarta.servlet.ServletContext;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The site's public address, under {@code whatworks.site}. Every absolute link the site
 * writes (Atom ids and links, the sitemap, OpenSearch templates, JSON-LD, CSV url
 * columns, the API's url fields) starts with it, never with the request's {@code Host} or
 * forwarded headers: a forged header must not reach a cached answer, and an Atom id must
 * never change.
 *
 * @param baseUrl the scheme, host, port and path prefix the public reaches the site at,
 * such as {@code https://whatworks.example.org} (default {@code http://localhost:8080})
 */
@ConfigurationProperties("whatworks.site")
@NamedInterface("paths")
public record SiteProperties(URI baseUrl) {

	public static final String DEFAULT_BASE_URL = "http://localhost:8080";

	/** The servlet context attribute holding the base URL, for code without injection. */
	public static final String ATTRIBUTE = SiteProperties.class.getName() + ".baseUrl";

	public SiteProperties {
		baseUrl = (baseUrl != null) ? baseUrl : URI.create(DEFAULT_BASE_URL);
		if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
				|| !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))
				|| baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
			throw new IllegalArgumentException("whatworks.site.base-url must be an http or https address with a host "
					+ "and no query, such as https://whatworks.example.org (found '" + baseUrl + "')");
		}
	}

	/** The base URL without a trailing slash. */
	public String base() {
		String text = this.baseUrl.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * The configured base URL of the application serving the current request.
	 * @return the base URL, without a trailing slash
	 */
	public static String current() {
		ServletContext context = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest()
			.getServletContext();
		Object base = (context != null) ? context.getAttribute(ATTRIBUTE) : null;
		return (base != null) ? base.toString() : DEFAULT_BASE_URL;
	}

}
