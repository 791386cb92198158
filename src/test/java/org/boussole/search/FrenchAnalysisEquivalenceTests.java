package org.boussole.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The analysis of the embedded Lucene index and the one of an Elasticsearch or OpenSearch
 * cluster define the same analyzers and normalisers, with the same chains: each
 * configurer is run against a context that records what it defines, the Lucene chains are
 * translated into the cluster's names of the same Lucene components, and both are
 * compared. A component added on one side only, or a changed parameter, fails here.
 */
class FrenchAnalysisEquivalenceTests {

	/** One step of a chain: a tokenizer or a filter, with its parameters. */
	record Component(String type, Map<String, String> params) {

		@Override
		public String toString() {
			return params.isEmpty() ? type : type + params;
		}

	}

	/**
	 * What a configurer defined: analyzers and normalisers, each a chain of components.
	 */
	record Definitions(Map<String, List<Component>> analyzers, Map<String, List<Component>> normalizers) {

	}

	@Test // #4
	void bothBackendsDefineTheSameAnalyzerAndNormalizerNames() {
		Definitions lucene = lucene();
		Definitions cluster = elasticsearch();
		assertThat(lucene.analyzers().keySet()).containsExactlyInAnyOrder(FrenchAnalysis.FRENCH,
				FrenchAnalysis.AUTOCOMPLETE, FrenchAnalysis.AUTOCOMPLETE_QUERY);
		assertThat(cluster.analyzers().keySet()).isEqualTo(lucene.analyzers().keySet());
		assertThat(lucene.normalizers().keySet()).containsExactly(FrenchAnalysis.SORT);
		assertThat(cluster.normalizers().keySet()).isEqualTo(lucene.normalizers().keySet());
	}

	@Test // #4
	void bothBackendsBuildEquivalentChains() {
		Definitions lucene = lucene();
		Definitions cluster = elasticsearch();
		lucene.analyzers()
			.forEach((name, chain) -> assertThat(cluster.analyzers().get(name)).as("analyzer %s", name)
				.isEqualTo(translated(chain)));
		lucene.normalizers()
			.forEach((name, chain) -> assertThat(cluster.normalizers().get(name)).as("normalizer %s", name)
				.isEqualTo(translated(chain)));
	}

	@Test // #4
	void theFrenchChainFoldsElisionCaseAccentsAndStems() {
		assertThat(elasticsearch().analyzers().get(FrenchAnalysis.FRENCH)).extracting(Component::type)
			.containsExactly("tokenizer:standard", "elision", "lowercase", "asciifolding", "stemmer");
		assertThat(elasticsearch().analyzers().get(FrenchAnalysis.FRENCH).get(4).params()).containsEntry("language",
				"light_french");
	}

	@Test // #4
	void theClusterRemovesTheSameArticlesAsLucene() {
		assertThat(ElasticsearchFrenchAnalysis.ARTICLES)
			.containsExactlyInAnyOrderElementsOf(ElisionDefaults.luceneArticles());
	}

	/**
	 * The Lucene components under the names and parameters the cluster gives them; fails
	 * on a component that has no counterpart here.
	 */
	private static List<Component> translated(List<Component> chain) {
		List<Component> result = new ArrayList<>();
		for (Component component : chain) {
			Map<String, String> params = new TreeMap<>(component.params());
			switch (component.type()) {
				case "tokenizer:standard":
					result.add(component);
					break;
				case "elision":
					// Lucene's factory removes its French articles when none are given
					params.put("articles", sorted(ElisionDefaults.luceneArticles()));
					params.put("articles_case", params.remove("ignoreCase"));
					result.add(new Component("elision", params));
					break;
				case "lowercase":
					result.add(new Component("lowercase", params));
					break;
				case "asciiFolding":
					result.add(new Component("asciifolding", params));
					break;
				case "frenchLightStem":
					params.put("language", "light_french");
					result.add(new Component("stemmer", params));
					break;
				case "edgeNGram":
					params.put("min_gram", params.remove("minGramSize"));
					params.put("max_gram", params.remove("maxGramSize"));
					result.add(new Component("edge_ngram", params));
					break;
				default:
					throw new AssertionError("No counterpart on the cluster for the Lucene component " + component);
			}
		}
		return result;
	}

	private static String sorted(List<String> values) {
		return String.join(",", new TreeSet<>(values));
	}

	/** Lucene's default French articles. */
	private static final class ElisionDefaults {

		static List<String> luceneArticles() {
			List<String> articles = new ArrayList<>();
			for (Object article : FrenchAnalyzer.DEFAULT_ARTICLES) {
				articles.add(new String((char[]) article));
			}
			return articles;
		}

	}

	private static Definitions lucene() {
		Recorder recorder = new Recorder();
		new FrenchAnalysis().configure(recorder.proxy(LuceneAnalysisConfigurationContext.class, recorder.root()));
		return recorder.definitions();
	}

	private static Definitions elasticsearch() {
		Recorder recorder = new Recorder();
		new ElasticsearchFrenchAnalysis()
			.configure(recorder.proxy(ElasticsearchAnalysisConfigurationContext.class, recorder.root()));
		return recorder.definitions();
	}

	/**
	 * Records the calls made on a configuration context of either backend: every step of
	 * their DSL is an interface, answered by a proxy that remembers what it belongs to.
	 */
	private static final class Recorder {

		/** What a step of the DSL adds to. */
		private static final class Target {

			final List<Component> chain = new ArrayList<>();

			@Nullable Component named;

		}

		private final Map<String, Target> analyzers = new LinkedHashMap<>();

		private final Map<String, Target> normalizers = new LinkedHashMap<>();

		/** Components defined by name (the cluster's custom filters). */
		private final Map<String, Component> named = new LinkedHashMap<>();

		private final Target root = new Target();

		Target root() {
			return root;
		}

		<T> T proxy(Class<T> type, Target target) {
			InvocationHandler handler = (proxy, method, args) -> invoke(proxy, method, args, target);
			return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler));
		}

		private @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args, Target target) {
			Object[] arguments = args == null ? new Object[0] : args;
			Target next = target;
			switch (method.getName()) {
				case "analyzer":
					next = new Target();
					analyzers.put((String) arguments[0], next);
					break;
				case "normalizer":
					next = new Target();
					normalizers.put((String) arguments[0], next);
					break;
				case "custom":
					break;
				case "tokenizer":
					if (target == root) {
						throw new AssertionError("Unexpected named tokenizer");
					}
					target.chain.add(new Component("tokenizer:" + name(arguments[0]), new TreeMap<>()));
					break;
				case "tokenFilter":
					if (target == root) {
						// a named filter of the cluster, whose type and parameters follow
						next = new Target();
						next.named = new Component("", new TreeMap<>());
						named.put((String) arguments[0], next.named);
					}
					else {
						target.chain.add(new Component(name(arguments[0]), new TreeMap<>()));
					}
					break;
				case "tokenFilters":
					for (Object filter : (Object[]) arguments[0]) {
						target.chain.add(new Component("ref:" + filter, new TreeMap<>()));
					}
					break;
				case "type":
					Component defined = target.named;
					if (defined == null) {
						throw new AssertionError("type() outside a named component");
					}
					Component typed = new Component((String) arguments[0], defined.params());
					named.entrySet().forEach(e -> {
						if (e.getValue() == defined) {
							e.setValue(typed);
						}
					});
					next = new Target();
					next.named = typed;
					break;
				case "param":
					Component last = target.named != null ? target.named : target.chain.get(target.chain.size() - 1);
					last.params().put((String) arguments[0], value(arguments[1]));
					break;
				default:
					throw new AssertionError("Call not recorded: " + method);
			}
			Class<?> returned = method.getReturnType();
			if (returned.isInterface()) {
				return proxy(returned, next);
			}
			return returned == void.class ? null : proxy;
		}

		private String name(Object component) {
			if (component instanceof Class<?> factory) {
				try {
					return (String) factory.getField("NAME").get(null);
				}
				catch (ReflectiveOperationException ex) {
					throw new AssertionError("No SPI name for " + factory, ex);
				}
			}
			return (String) component;
		}

		private static String value(Object value) {
			if (value instanceof Object[] array) {
				return Arrays.stream(array)
					.map(String::valueOf)
					.collect(Collectors.toCollection(TreeSet::new))
					.stream()
					.collect(Collectors.joining(","));
			}
			if (value.getClass().isArray()) {
				throw new AssertionError("Unexpected array of primitives");
			}
			return String.valueOf(value);
		}

		Definitions definitions() {
			return new Definitions(resolve(analyzers), resolve(normalizers));
		}

		/** Replaces the references to named filters by their definition. */
		private Map<String, List<Component>> resolve(Map<String, Target> targets) {
			Map<String, List<Component>> result = new LinkedHashMap<>();
			targets.forEach((name, target) -> result.put(name, target.chain.stream().map(c -> {
				if (!c.type().startsWith("ref:")) {
					return c;
				}
				String ref = c.type().substring(4);
				Component definition = named.get(ref);
				// a filter the cluster knows by itself: its name is its type
				return definition != null ? definition : new Component(ref, new TreeMap<>());
			}).toList()));
			return result;
		}

	}

}
