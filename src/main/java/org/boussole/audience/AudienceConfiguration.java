package org.boussole.audience;

import org.boussole.shared.BoussoleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The User-Agent classifier and the visitor-key secret, shared by every import and,
 * later, live measurement.
 */
@Configuration(proxyBeanMethods = false)
class AudienceConfiguration {

	/** Where the visitor-key secret lives, under the data directory. */
	static final String SECRET_FILE = "audience/visitor-key.secret";

	@Bean
	UserAgents userAgents() {
		return new UserAgents();
	}

	@Bean
	VisitorKeys visitorKeys(BoussoleSettings settings) {
		return VisitorKeys.fromSecretFile(settings.resolve(SECRET_FILE));
	}

}
