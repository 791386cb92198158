package org.boussole.audience;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;

/**
 * Live measurement, in the web application only (never while a command runs) and unless
 * {@code boussole.audience.live.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "boussole.audience.live.enabled", matchIfMissing = true)
class LiveMeasurementConfiguration {

	/**
	 * After the security filter chain (whose order is -100), so that it runs inside it
	 * and sees who is signed in.
	 */
	static final int FILTER_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	@Bean
	LiveRecorder liveRecorder(AudienceSettings settings, LiveStore store, MeterRegistry meters) {
		return new LiveRecorder(settings.live(), store, meters);
	}

	@Bean
	FilterRegistrationBean<LiveMeasurementFilter> liveMeasurementFilter(LiveRecorder recorder, UserAgents userAgents,
			VisitorKeys visitorKeys, Clock clock) {
		FilterRegistrationBean<LiveMeasurementFilter> registration = new FilterRegistrationBean<>(
				new LiveMeasurementFilter(recorder, userAgents, visitorKeys, clock));
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
