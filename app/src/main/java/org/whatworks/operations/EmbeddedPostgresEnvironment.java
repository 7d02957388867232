package org.whatworks.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The embedded default database: when no {@code spring.datasource.url} is configured, a
 * real PostgreSQL is started from the binaries on the class path (one per JVM, so every
 * application context of a test run shares it) and the data source points at it. It is
 * stopped when the JVM exits. Production sets {@code spring.datasource.url}, and then
 * nothing is started. {@code whatworks.database.embedded=false} turns this off.
 */
class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

	private static EmbeddedPostgres server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("whatworks.database.embedded", Boolean.class, true)) {
			return;
		}
		String url = start().getJdbcUrl("postgres", "postgres");
		environment.getPropertySources()
			.addLast(new MapPropertySource("embeddedPostgres", Map.of("spring.datasource.url", url,
					"spring.datasource.username", "postgres", "spring.datasource.password", "")));
	}

	static synchronized EmbeddedPostgres start() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The embedded PostgreSQL did not start; set spring.datasource.url "
						+ "to use a PostgreSQL server instead", ex);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the temporary data directory is removed with it
				}
			}, "embedded-postgres-stop"));
		}
		return server;
	}

}
