package org.boussole.search;

import java.util.List;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The French analysis of {@link FrenchAnalysis}, for an Elasticsearch or OpenSearch
 * cluster: the same analyzer and normaliser names, made of the same Lucene components
 * (the cluster runs Lucene too), so that the mapping of {@link SearchDocument} and the
 * queries work unchanged. Synonyms are not part of the analysis: they are applied to the
 * query ({@link Synonyms}), on either backend.
 */
class ElasticsearchFrenchAnalysis implements ElasticsearchAnalysisConfigurer {

	/**
	 * The articles that the elision filter removes, as in Lucene's French analyzer (which
	 * the embedded backend uses by default).
	 */
	static final List<String> ARTICLES = List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu",
			"lorsqu", "puisqu");

	static final String ELISION = "boussole_french_elision";

	static final String STEMMER = "boussole_french_light_stemmer";

	static final String EDGE_NGRAM = "boussole_autocomplete_edge_ngram";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(ELISION)
			.type("elision")
			.param("articles", ARTICLES.toArray(String[]::new))
			.param("articles_case", true);
		context.tokenFilter(STEMMER).type("stemmer").param("language", "light_french");
		context.tokenFilter(EDGE_NGRAM).type("edge_ngram").param("min_gram", 2).param("max_gram", 20);

		context.analyzer(FrenchAnalysis.FRENCH)
			.custom()
			.tokenizer("standard")
			.tokenFilters(ELISION, "lowercase", "asciifolding", STEMMER);
		context.analyzer(FrenchAnalysis.AUTOCOMPLETE)
			.custom()
			.tokenizer("standard")
			.tokenFilters(ELISION, "lowercase", "asciifolding", EDGE_NGRAM);
		context.analyzer(FrenchAnalysis.AUTOCOMPLETE_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters(ELISION, "lowercase", "asciifolding");
		context.normalizer(FrenchAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
	}

}
