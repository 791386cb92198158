package org.boussole.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves Boussole's own static files and the WebJars under their own paths, with
 * content-hashed URLs for CSS and JavaScript so that browsers may keep them.
 * <p>
 * Spring Boot's default maps static files on {@code /**}: every link written by a
 * template ({@code @{/metiers/…}}) was then looked up as a class-path resource on each
 * request, which cost several milliseconds on pages with many links. With narrow
 * patterns, only real resource links go through the resource chain.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	private static final CacheControl ONE_WEEK = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		versioned(registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/"));
		versioned(registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/"));
		registry.addResourceHandler("/images/**")
			.addResourceLocations("classpath:/static/images/")
			.setCacheControl(ONE_WEEK)
			.resourceChain(true);
		// the WebJars' own versions are in their paths; the chain resolves version-less
		// links
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(ONE_WEEK)
			.resourceChain(true);
	}

	private static void versioned(ResourceHandlerRegistration registration) {
		registration.setCacheControl(ONE_WEEK)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
