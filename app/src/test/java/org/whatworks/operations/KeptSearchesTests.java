package org.whatworks.operations;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;

import static org.assertj.core.api.Assertions.assertThat;

class KeptSearchesTests {

	@Test
	void searchesAreKeptWhileInsightsAreRecorded() {
		assertThat(interceptorsAdded(new InsightsProperties(null, null, null, null))).singleElement()
			.isInstanceOf(KeptSearches.Recorder.class);
	}

	@Test
	void noSearchIsKeptWhenRecordingIsSwitchedOff() {
		assertThat(interceptorsAdded(new InsightsProperties(null, null, null, false))).isEmpty();
	}

	private static List<HandlerInterceptor> interceptorsAdded(InsightsProperties properties) {
		List<HandlerInterceptor> added = new ArrayList<>();
		new KeptSearches(null, properties).addInterceptors(new InterceptorRegistry() {
			@Override
			public InterceptorRegistration addInterceptor(HandlerInterceptor interceptor) {
				added.add(interceptor);
				return super.addInterceptor(interceptor);
			}
		});
		return added;
	}

}
