package org.whatworks.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Spring's CORS check, answering a refused cross-origin request with the same problem
 * details as every other API error (naming what was asked and what is allowed) instead of
 * a plain-text "Invalid CORS request".
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	@Override
	public boolean processRequest(@Nullable CorsConfiguration config, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		RefusalCatcher catcher = new RefusalCatcher(response);
		boolean allowed = super.processRequest(config, request, catcher);
		if (!allowed && catcher.refused) {
			String asked = request.getHeader("Access-Control-Request-Method");
			String method = (asked != null) ? asked : request.getMethod();
			String detail = "This cross-origin request is not allowed: it asks for "
					+ Problems.quote(method.toUpperCase(Locale.ROOT)) + ", and cross-origin requests may use only "
					+ Problems.ALLOW + ", from any origin.";
			Problems.write(response, Problems.problem(HttpStatus.FORBIDDEN, detail, Problems.path(request), null,
					List.copyOf(Problems.READ_METHODS)));
		}
		return allowed;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) {
		// the body is written by processRequest, which knows the request
		response.setStatusCode(HttpStatus.FORBIDDEN);
	}

	private static final class RefusalCatcher extends HttpServletResponseWrapper {

		private boolean refused;

		RefusalCatcher(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int status) {
			if (status == HttpStatus.FORBIDDEN.value()) {
				this.refused = true;
				return;
			}
			super.setStatus(status);
		}

	}

	/** Puts this processor on every handler mapping. */
	static final class Installer implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
			if (bean instanceof AbstractHandlerMapping mapping) {
				mapping.setCorsProcessor(new ProblemCorsProcessor());
			}
			return bean;
		}

	}

}
