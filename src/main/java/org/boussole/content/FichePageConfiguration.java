package org.boussole.content;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;

/**
 * Puts the {@link FichePageCache} in front of Spring MVC, after Spring Security and the
 * audience measurement.
 */
@Configuration(proxyBeanMethods = false)
class FichePageConfiguration {

	/** After Spring Security (-100) and the audience measurement (lowest - 100). */
	static final int FILTER_ORDER = Ordered.LOWEST_PRECEDENCE - 50;

	@Bean
	FilterRegistrationBean<FichePageCache> fichePageCache(JobCatalogue catalogue, LocaleResolver locales,
			MeterRegistry meters) {
		FilterRegistrationBean<FichePageCache> registration = new FilterRegistrationBean<>(
				new FichePageCache(catalogue, locales, meters));
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns("/metiers/*");
		return registration;
	}

}
