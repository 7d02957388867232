package org.whatworks.security;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * Who may do what. The public site, its static files and the API are anonymous and
 * read-only; every admin page and action needs a signed-in user (network admin, or the
 * editor of that centre); operations endpoints other than health and info need a network
 * admin. Every response carries the security headers, errors included.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The API and the open data: anonymous, read-only, for machines. */
	static final String[] READ_ONLY_PATHS = { "/api/**", "/data", "/data/**", "/feed.atom", "/sitemap.xml",
			"/robots.txt", "/opensearch.xml", "/opensearch/**" };

	static final String ADMIN = AdminRole.NETWORK_ADMIN.role();

	static final String EDITOR = AdminRole.CENTRE_EDITOR.role();

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
					.permitAll()
					.requestMatchers("/actuator/**")
					.hasRole(ADMIN)
					.requestMatchers("/admin/login")
					.permitAll()
					.requestMatchers("/admin/centres/{centre}", "/admin/centres/{centre}/**")
					.access(editorOfCentre())
					.requestMatchers("/admin")
					.hasAnyRole(ADMIN, EDITOR)
					.requestMatchers("/admin/**")
					.hasRole(ADMIN)
					.anyRequest()
					.permitAll())
			.formLogin((login) -> login.loginPage("/admin/login").defaultSuccessUrl("/admin", true).permitAll())
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?signed-out"))
			.httpBasic(Customizer.withDefaults())
			// The API and the open data are read-only and sessionless, so a write gets an
			// honest 405, not a CSRF 403. The public feedback forms set no cookie: they
			// refuse cross-site posts by their Origin header instead (see the feedback
			// module). A browser's ping that a search result was followed carries no
			// token; it only marks a random search id as followed.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(READ_ONLY_PATHS)
				.ignoringRequestMatchers("/feedback/**")
				.ignoringRequestMatchers("/search/followed/*"))
			.addFilterBefore(RejectedRequests.parameterCheck(), DisableEncodeUrlFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny())
				.contentTypeOptions(Customizer.withDefaults())
				.httpStrictTransportSecurity(
						(hsts) -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true)));
		return http.build();
	}

	/** A network admin, or the editor of the centre named in the path. */
	static AuthorizationManager<RequestAuthorizationContext> editorOfCentre() {
		return (authentication, context) -> {
			Authentication user = authentication.get();
			boolean allowed = user != null && user.getPrincipal() instanceof AdminUser admin
					&& admin.mayEdit(context.getVariables().get("centre"));
			return new AuthorizationDecision(allowed);
		};
	}

	/**
	 * Sign-ins are observed (timed and counted in the metrics); every request's walk
	 * through the security filters and its authorization check are not: wrapping each of
	 * a dozen filters in an observation cost a fifth of a cached API answer, and
	 * {@code http.server.requests} already times every request.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	RejectedRequests rejectedRequests() {
		return new RejectedRequests();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AdminUserDetailsService adminUserDetailsService(AdminUsersProperties properties) {
		return new AdminUserDetailsService(properties);
	}

	@Bean
	FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(RateLimitProperties properties) {
		FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(
				new ApiRateLimitFilter(properties, System::nanoTime));
		registration.addUrlPatterns("/api/*");
		// after Spring Security's filter chain (order -100), so a 429 carries the
		// security headers
		registration.setOrder(0);
		registration.setName("apiRateLimitFilter");
		return registration;
	}

}
