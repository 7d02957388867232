package org.whatworks.feedback;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(FeedbackProperties.class)
class FeedbackConfiguration {

	@Bean
	FeedbackRepository feedbackRepository(JdbcClient jdbc) {
		return new FeedbackRepository(jdbc);
	}

	@Bean
	FeedbackRetention feedbackRetention(FeedbackRepository repository, FeedbackProperties properties) {
		return new FeedbackRetention(repository, properties, Clock.systemUTC());
	}

}
