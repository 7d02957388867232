package org.whatworks.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractVersionStrategy;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.ResourceTransformerSupport;
import org.springframework.web.servlet.resource.TransformedResource;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site's static files. Its own CSS, JavaScript and icons are served through Spring's
 * resource chain under versioned names ({@code /css/site-<version>.css}), and the WebJars
 * under their release ({@code /webjars/govuk-frontend/5.14.0/...}): both are cached for a
 * year as immutable, so a second page view costs only its HTML. The version is a content
 * hash of all of the site's own files together, so that a change to an icon or a module
 * also renames the stylesheet or script that links to it. A request for a file's plain
 * name (an old bookmark) is answered with {@code no-cache}. GOV.UK Frontend's compiled
 * CSS asks for its fonts and images under {@code /assets/}; they are served from the same
 * WebJar as the CSS.
 */
@Configuration(proxyBeanMethods = false)
class SiteResources implements WebMvcConfigurer {

	static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private static final String[] OWN = { "css", "js", "images" };

	private final String version = contentVersion();

	private final SiteAssets assets;

	SiteResources(SiteAssets assets) {
		this.assets = assets;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(GOVUK + "assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(IMMUTABLE);
		for (String folder : OWN) {
			// no cache control here: AssetCaching tells versioned names from plain ones
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addVersionStrategy(new OneVersion(this.version), "/**"))
				.addTransformer(new CssLinkResourceTransformer())
				.addTransformer(new ModuleImports());
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				request.setAttribute(SiteAssets.ATTRIBUTE, SiteResources.this.assets);
				return true;
			}

		});
		registry.addInterceptor(new AssetCaching(this.version))
			.addPathPatterns(Arrays.stream(OWN).map((folder) -> "/" + folder + "/**").toArray(String[]::new));
	}

	/** One hash of every file of the site's own, in name order. */
	static String contentVersion() {
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5");
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			for (String folder : OWN) {
				Resource[] files = resolver.getResources("classpath:/static/" + folder + "/**/*.*");
				Arrays.sort(files, Comparator.comparing(SiteResources::name));
				for (Resource file : files) {
					if (!file.isReadable()) {
						continue;
					}
					md5.update(name(file).getBytes(StandardCharsets.UTF_8));
					try (InputStream in = file.getInputStream()) {
						md5.update(in.readAllBytes());
					}
				}
			}
			return HexFormat.of().formatHex(md5.digest()).substring(0, 20);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String name(Resource resource) {
		try {
			String url = resource.getURL().toString();
			int at = url.lastIndexOf("/static/");
			return (at >= 0) ? url.substring(at) : url;
		}
		catch (IOException ex) {
			return String.valueOf(resource.getFilename());
		}
	}

	/**
	 * The same version for every file: {@code site.css} is {@code site-<version>.css}.
	 */
	static final class OneVersion extends AbstractVersionStrategy {

		private final String version;

		OneVersion(String version) {
			super(new FileNameVersionPathStrategy() {
			});
			this.version = version;
		}

		@Override
		public String getResourceVersion(Resource resource) {
			return this.version;
		}

	}

	/**
	 * A versioned name is cached for a year as immutable; a plain name is revalidated.
	 */
	static final class AssetCaching implements HandlerInterceptor {

		private final String suffix;

		AssetCaching(String version) {
			this.suffix = "-" + version + ".";
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			boolean versioned = request.getRequestURI().contains(this.suffix);
			response.setHeader(HttpHeaders.CACHE_CONTROL,
					versioned ? IMMUTABLE.getHeaderValue() : CacheControl.noCache().getHeaderValue());
			return true;
		}

	}

	/**
	 * Rewrites the absolute addresses a JavaScript module imports to their versioned
	 * names, as {@link CssLinkResourceTransformer} does for CSS.
	 */
	static final class ModuleImports extends ResourceTransformerSupport {

		private static final Pattern IMPORT = Pattern.compile("(\\b(?:import|from)\\s*)(['\"])(/[^'\"]+)\\2");

		@Override
		public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
				throws IOException {
			Resource transformed = chain.transform(request, resource);
			String name = transformed.getFilename();
			if (name == null || !(name.endsWith(".mjs") || name.endsWith(".js"))) {
				return transformed;
			}
			String content = transformed.getContentAsString(StandardCharsets.UTF_8);
			Matcher matcher = IMPORT.matcher(content);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				String versioned = resolveUrlPath(matcher.group(3), request, transformed, chain);
				String path = (versioned != null) ? versioned : matcher.group(3);
				matcher.appendReplacement(out,
						Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + path + matcher.group(2)));
			}
			matcher.appendTail(out);
			return new TransformedResource(transformed, out.toString().getBytes(StandardCharsets.UTF_8));
		}

	}

}
