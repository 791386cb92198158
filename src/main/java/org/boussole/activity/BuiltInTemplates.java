package org.boussole.activity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.boussole.shared.CliCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Adds the templates shipped with Boussole ({@code activity/templates/*.json}) to the
 * network's library when they are absent, in every environment. A template already
 * installed is left as the network admins made it; one they removed is not brought back
 * unless its key is free again.
 */
@Component
@ConditionalOnProperty(name = CliCommand.RUNNING_PROPERTY, havingValue = "false", matchIfMissing = true)
class BuiltInTemplates implements ApplicationRunner {

	static final String LOCATION = "classpath:activity/templates/*.json";

	private static final Logger log = LoggerFactory.getLogger(BuiltInTemplates.class);

	private final TemplateLibrary library;

	BuiltInTemplates(TemplateLibrary library) {
		this.library = library;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		int added = 0;
		for (Map.Entry<String, String> file : shipped().entrySet()) {
			if (library.installBuiltIn(file.getKey(), file.getValue())) {
				added++;
			}
		}
		if (added > 0) {
			log.info("Added {} built-in activity templates", added);
		}
	}

	/**
	 * @return the shipped definitions by key (the file name without {@code .json})
	 */
	static Map<String, String> shipped() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
			String name = resource.getFilename();
			if (name == null) {
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				files.put(name.substring(0, name.length() - ".json".length()),
						new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
