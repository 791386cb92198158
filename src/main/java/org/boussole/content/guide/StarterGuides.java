package org.boussole.content.guide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * Publishes the guides shipped with Boussole ({@code classpath:content/guides/*.md}) on
 * the first start, when there is no guide yet, in every environment. A malformed file
 * stops the start with its name and line.
 */
@Component
@ConditionalOnProperty(name = CliCommand.RUNNING_PROPERTY, havingValue = "false", matchIfMissing = true)
class StarterGuides implements ApplicationRunner {

	static final String LOCATION = "classpath:content/guides/*.md";

	private static final Logger LOG = LoggerFactory.getLogger(StarterGuides.class);

	private final GuideManagement guides;

	StarterGuides(GuideManagement guides) {
		this.guides = guides;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!guides.isEmpty()) {
			return;
		}
		List<StarterGuide> starters = read();
		starters.forEach(guides::loadStarter);
		LOG.info("Published {} starter guides", starters.size());
	}

	/**
	 * @return the shipped guides, read and checked
	 * @throws IllegalArgumentException naming the file and line of the first malformed
	 * one
	 */
	static List<StarterGuide> read() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		Arrays.sort(files,
				Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())));
		List<StarterGuide> starters = new ArrayList<>();
		Set<String> slugs = new HashSet<>();
		for (Resource file : files) {
			String name = String.valueOf(file.getFilename());
			try (InputStream in = file.getInputStream()) {
				StarterGuide starter = StarterGuide.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
				if (!slugs.add(starter.slug())) {
					throw new IllegalArgumentException(name + ": the slug " + starter.slug() + " is used twice");
				}
				starters.add(starter);
			}
		}
		return starters;
	}

}
