package org.boussole.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * When a module may load its fictional demo data: only when {@code boussole.demo-data} is
 * on, only into the embedded database (never with an external
 * {@code spring.datasource.url}, so never in production), and never while a command runs.
 * Each module adds its own check that its tables are still empty.
 */
@Component
public class DemoDataPolicy {

	private final BoussoleSettings settings;

	private final Environment environment;

	DemoDataPolicy(BoussoleSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	/**
	 * @return whether demo data may be loaded in this run
	 */
	public boolean allowsDemoData() {
		return settings.demoData() && !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				&& !environment.getProperty(CliCommand.RUNNING_PROPERTY, Boolean.class, false);
	}

}
