package org.whatworks.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.whatworks.site.SiteProperties;

/**
 * The API's cross-cutting parts: problem details for every error, ETags on every read,
 * CORS open for GET, and the OpenAPI document's description of errors.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

	/** Paths of the API and the open data that get ETags. */
	static final String[] READ_PATHS = { "/api/*", "/data/*", "/sitemap.xml", "/robots.txt", "/opensearch.xml",
			"/opensearch/*", "/feed.atom", "/v3/api-docs", "/v3/api-docs/*" };

	/** The search API's path: its answers carry their own ETags. */
	static final String SEARCH_PATH = "/api/v1/search";

	@Bean
	FilterRegistrationBean<ProblemResponseFilter> apiProblemResponseFilter() {
		FilterRegistrationBean<ProblemResponseFilter> registration = new FilterRegistrationBean<>(
				new ProblemResponseFilter());
		// every path, also on the container's way to its error page: the filter picks the
		// machine-readable paths by the original request's path
		registration.addUrlPatterns("/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/**
	 * Allow headers and If-None-Match: * on the read-only paths; outside the ETag filter.
	 */
	@Bean
	FilterRegistrationBean<ReadOnlyRequests> readOnlyRequests() {
		FilterRegistrationBean<ReadOnlyRequests> registration = new FilterRegistrationBean<>(new ReadOnlyRequests());
		registration.addUrlPatterns(READ_PATHS);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
		return registration;
	}

	/** Tomcat's own refusals, before any filter, in the same format as the rest. */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			Pipeline host = context.getParent().getPipeline();
			for (Valve valve : host.getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.removeValve(valve);
				}
			}
			host.addValve(new ProblemErrorReportValve());
			// else the host adds Tomcat's own at start, finding none of that class
			if (context.getParent() instanceof StandardHost standardHost) {
				standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	/** The configured base URL, for links built where nothing is injected. */
	@Bean
	ServletContextInitializer siteBaseUrl(SiteProperties site) {
		return (servletContext) -> servletContext.setAttribute(SiteProperties.ATTRIBUTE, site.base());
	}

	/**
	 * ETags from a hash of the body, except for the search API, whose answers carry the
	 * ETag of the {@link SearchAnswerCache cached answer}: hashing them again on every
	 * request would cost more than the search, and buffering them would lose their
	 * Content-Length. The ETags are weak, as RFC 9110 asks of a representation that
	 * compression may change (Tomcat compresses no response with a strong ETag).
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter() {

					{
						setWriteWeakETag(true);
					}

					@Override
					protected boolean shouldNotFilter(HttpServletRequest request) {
						return SEARCH_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
					}

				});
		registration.addUrlPatterns(READ_PATHS);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

	@Bean
	static ProblemCorsProcessor.Installer problemCorsProcessorInstaller() {
		return new ProblemCorsProcessor.Installer();
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		for (String path : new String[] { "/api/**", "/data/**", "/feed.atom", "/sitemap.xml", "/robots.txt",
				"/opensearch.xml", "/opensearch/**", "/v3/api-docs/**", "/v3/api-docs" }) {
			registry.addMapping(path)
				.allowedOrigins("*")
				.allowedMethods("GET", "HEAD", "OPTIONS")
				.allowedHeaders("*")
				.exposedHeaders("ETag", "Content-Disposition", "Link")
				.allowCredentials(false)
				.maxAge(3600);
		}
	}

	@Bean
	OpenAPI whatWorksOpenApi() {
		return new OpenAPI().info(new Info().title("What Works Network API")
			.version("v1")
			.description("""
					Read-only JSON API over the evidence of every What Works centre in the network: centres with their \
					own rating scales and taxonomies, the network evidence standard, entries with native and network \
					ratings, cross-centre search with facets, type-ahead, related evidence and the evidence gap map, \
					plus open data downloads (JSON and CSV). No key is needed; CORS is open for GET. Every read has \
					an ETag and Cache-Control; every error is RFC 9457 problem details (application/problem+json). \
					Examples: docs/api.md.""")
			.license(new License().name("Open Government Licence v3.0")
				.url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")));
	}

	@Bean
	OpenApiCustomizer whatWorksProblemResponses() {
		return (openApi) -> {
			Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
			openApi.setComponents(components);
			if (components.getSchemas() != null) {
				components.getSchemas().forEach(ApiConfiguration::requireEveryProperty);
			}
			components.addSchemas("Problem", problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			PathItem search = openApi.getPaths().get("/api/v1/search");
			if (search != null && search.getGet() != null) {
				for (String download : new String[] { "/data/search.csv", "/data/search.json" }) {
					PathItem item = openApi.getPaths().get(download);
					if (item != null && item.getGet() != null) {
						item.getGet().setParameters(new java.util.ArrayList<>(search.getGet().getParameters()));
					}
				}
			}
			openApi.getPaths().forEach((path, item) -> {
				Operation get = (item != null) ? item.getGet() : null;
				if (get == null) {
					return;
				}
				ApiResponses responses = (get.getResponses() != null) ? get.getResponses() : new ApiResponses();
				get.setResponses(responses);
				Map<String, String> errors = new LinkedHashMap<>();
				errors.put("400",
						"A bad parameter: an unknown name, a value it does not allow, or out of range. The problem names the parameter and lists what it allows.");
				if (path.contains("{centre}")) {
					errors.put("404", "No such centre or entry.");
				}
				if (path.startsWith("/api/v1/approaches/")) {
					errors.put("404", "No such approach.");
				}
				if (path.contains("search") || path.contains("suggest") || path.contains("related")) {
					errors.put("503", "Search is not available yet.");
				}
				errors.put("500", "Something went wrong on our side.");
				errors.forEach((code, description) -> responses.addApiResponse(code,
						new ApiResponse().description(description)
							.content(new Content().addMediaType("application/problem+json",
									new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
			});
		};
	}

	/**
	 * RFC 9457 problem details as {@link Problems} writes them: {@code parameter} and
	 * {@code allowed} only where they apply.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema problemSchema() {
		Schema problem = new io.swagger.v3.oas.models.media.ObjectSchema()
			.description("An error, as RFC 9457 problem details (application/problem+json).");
		problem.addProperty("type", new StringSchema().format("uri-reference")
			.description(
					"A URI naming the kind of problem; absent when it is about:blank (the HTTP status says it all)."));
		problem.addProperty("title", new StringSchema().description("Short summary of the kind of problem."));
		problem.addProperty("status", new IntegerSchema().format("int32").description("The HTTP status."));
		problem.addProperty("detail",
				new StringSchema().description("What went wrong, in plain words, naming the parameter."));
		problem.addProperty("instance", new StringSchema().format("uri-reference")
			.description("The path of the request the problem is about, as a relative URI reference."));
		problem.addProperty("parameter",
				new StringSchema().description("The bad parameter's name, where one parameter is at fault."));
		problem.addProperty("allowed", new io.swagger.v3.oas.models.media.ArraySchema().items(new StringSchema())
			.description("What the parameter allows, or the methods the path allows (for a 405)."));
		problem.setRequired(new java.util.ArrayList<>(java.util.List.of("title", "status", "detail", "instance")));
		return problem;
	}

	/**
	 * Every field of the API's records is always present (null when it has no value), so
	 * every property is required; a nullable enum or object also allows null; a recursive
	 * property that the generator left untyped gets its type back.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void requireEveryProperty(String name, Schema schema) {
		Map<String, Schema> properties = schema.getProperties();
		if (properties == null || properties.isEmpty()) {
			return;
		}
		schema.setRequired(new java.util.ArrayList<>(properties.keySet()));
		for (Schema property : properties.values()) {
			if (property.getEnum() != null && property.getTypes() != null && property.getTypes().contains("null")
					&& !property.getEnum().contains(null)) {
				java.util.List values = new java.util.ArrayList<>(property.getEnum());
				values.add(null);
				property.setEnum(values);
			}
		}
		// a record field whose description says it may be null: the generator writes only
		// the reference, which would forbid null
		properties.replaceAll((key, property) -> {
			if (property.get$ref() == null || property.getDescription() == null
					|| !property.getDescription().contains("or null")) {
				return property;
			}
			Schema nullable = new Schema<>();
			nullable.setDescription(property.getDescription());
			nullable.setAnyOf(java.util.List.of(new Schema<>().$ref(property.get$ref()),
					new Schema<>().types(java.util.Set.of("null"))));
			return nullable;
		});
		Schema children = properties.get("children");
		if ("Term".equals(name) && children != null && children.get$ref() == null && children.getItems() == null) {
			Schema typed = new io.swagger.v3.oas.models.media.ArraySchema()
				.items(new Schema<>().$ref("#/components/schemas/Term"));
			typed.setDescription(children.getDescription());
			properties.put("children", typed);
		}
	}

}
