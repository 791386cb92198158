package org.boussole.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives: embedded Lucene under the data directory (one node), or
 * an Elasticsearch or OpenSearch cluster that several nodes share.
 *
 * @param backend {@code lucene} (the default) or {@code elasticsearch} (for OpenSearch
 * too)
 * @param elasticsearch how to reach the cluster; read only with the {@code elasticsearch}
 * backend
 */
@ConfigurationProperties("boussole.search")
record SearchBackendSettings(@DefaultValue("lucene") Backend backend, @DefaultValue Elasticsearch elasticsearch) {

	/** The kinds of index Boussole can use. */
	enum Backend {

		/** Embedded Lucene, under {@code <data-dir>/search}: one node. */
		LUCENE,

		/** A remote Elasticsearch or OpenSearch cluster, shared by every node. */
		ELASTICSEARCH

	}

	/** The two families of servers speaking the Elasticsearch protocol. */
	enum Distribution {

		ELASTIC,

		OPENSEARCH

	}

	/**
	 * The connection to an Elasticsearch or OpenSearch cluster.
	 *
	 * @param hosts {@code host:port} of each node of the cluster
	 * @param protocol {@code http} or {@code https}
	 * @param username for basic authentication, none when blank
	 * @param password for basic authentication
	 * @param distribution {@code elastic} or {@code opensearch}
	 * @param version the server version (e.g. {@code 9.2} or {@code 2.19}); when given,
	 * Boussole starts even if the cluster cannot be reached and never asks the cluster
	 * for its version; when blank, the version is read from the cluster at start
	 * @param indexPrefix put before the index and alias names, so that several
	 * installations (production, staging) can share a cluster
	 * @param synchronization when a change made by Boussole returns: {@code read-sync}
	 * (once the change is visible to searches, the default), {@code write-sync} (once it
	 * is written, visible within the cluster's refresh interval, one second by default),
	 * {@code sync} (forces a refresh, for tests) or {@code async}
	 */
	record Elasticsearch(@DefaultValue("localhost:9200") List<String> hosts, @DefaultValue("http") String protocol,
			@Nullable String username, @Nullable String password, @DefaultValue("elastic") Distribution distribution,
			@Nullable String version, @DefaultValue("boussole-") String indexPrefix,
			@DefaultValue("read-sync") String synchronization) {

	}

	/**
	 * @return whether the index is shared by several nodes, in a cluster
	 */
	boolean shared() {
		return backend == Backend.ELASTICSEARCH;
	}

}
