package org.boussole.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The French analysis of the index: elision (l', d', qu'…), case and accent folding and
 * light French stemming, so that "l'informatique", "Boulangère" and "boulangere" meet; an
 * edge n-gram analyzer for the autocomplete on titles; a normaliser for sorting.
 */
class FrenchAnalysis implements LuceneAnalysisConfigurer {

	static final String FRENCH = "french";

	static final String AUTOCOMPLETE = "autocomplete";

	static final String AUTOCOMPLETE_QUERY = "autocompleteQuery";

	static final String SORT = "sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(FRENCH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.param("ignoreCase", "true")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(FrenchLightStemFilterFactory.class);
		context.analyzer(AUTOCOMPLETE)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.param("ignoreCase", "true")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "2")
			.param("maxGramSize", "20");
		context.analyzer(AUTOCOMPLETE_QUERY)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.param("ignoreCase", "true")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.normalizer(SORT)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
