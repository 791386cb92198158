package org.boussole.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's usual layout on a cluster (an index {@code <name>-000001} reached
 * through the aliases {@code <name>-write} and {@code <name>-read}), with every name
 * prefixed and followed by the version of the mapping, e.g.
 * {@code boussole-documents-v2-read}: several installations can share one cluster, and a
 * version of Boussole with another mapping gets an index of its own (built at its first
 * start) while nodes of the former version keep theirs until they are stopped.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

	private static final Pattern NUMBERED = Pattern.compile("(.*)-\\d{6}");

	private final String prefix;

	private final String suffix;

	/**
	 * @param prefix put before every name, may be empty
	 * @param mappingVersion the version of the mapping of the index
	 */
	PrefixedIndexLayout(String prefix, String mappingVersion) {
		this.prefix = prefix;
		this.suffix = "-v" + mappingVersion;
	}

	private String base(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName + suffix;
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return base(hibernateSearchIndexName) + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return base(hibernateSearchIndexName) + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return base(hibernateSearchIndexName) + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return base(hibernateSearchIndexName);
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		Matcher matcher = NUMBERED.matcher(elasticsearchIndexName);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not an index of Boussole: " + elasticsearchIndexName);
		}
		return matcher.group(1);
	}

}
