package org.boussole.search;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Measures the search in the application's own process, through the same services as the
 * page and the API (transaction, synonyms, index, loading of the results): the time to
 * rebuild the whole index, the latency of single queries and of the autocomplete
 * (percentiles over a varied query set drawn from the index itself: whole titles, single
 * words, words without accents, typos, acronyms, several words), and the throughput of
 * two threads. Run by {@code search bench}; see {@code bench/search.sh}.
 */
@Component
class SearchBenchmark {

	private static final List<String> ACRONYMS = List.of("CPF", "VAE", "CEP", "PTP", "AIF", "CAP", "BTS", "RQTH",
			"frontalier", "ATSEM", "VTC", "DRH");

	private final SearchIndex index;

	private final SiteSearch search;

	private final Suggestions suggestions;

	private final JdbcTemplate jdbc;

	SearchBenchmark(SearchIndex index, SiteSearch search, Suggestions suggestions, JdbcTemplate jdbc) {
		this.index = index;
		this.search = search;
		this.suggestions = suggestions;
		this.jdbc = jdbc;
	}

	void run(PrintWriter out, int rounds, int seconds) {
		long start = System.nanoTime();
		long documents = index.rebuild();
		if (documents == 0) {
			throw new IllegalStateException(
					"The search index is empty: start Boussole once on this data directory before measuring");
		}
		out.printf(Locale.ROOT, "index build: %d documents in %.1f s%n", documents, (System.nanoTime() - start) / 1e9);
		List<String> queries = queries();
		List<String> prefixes = prefixes();
		out.printf(Locale.ROOT, "query set: %d queries, %d autocomplete prefixes%n", queries.size(), prefixes.size());
		out.flush();
		Consumer<String> query = q -> search.search(SearchText.of(q), SiteSearch.Filters.NONE, 0, 10);
		Consumer<String> complete = p -> suggestions.titles(SearchText.of(p), 8);
		latencies(queries, query, 2); // warm-up: JIT, caches
		latencies(prefixes, complete, 2);
		long[] cpu = new long[queries.size() * rounds];
		print(out, "search", latencies(queries, query, rounds, cpu));
		Arrays.sort(cpu);
		// on a shared machine the wall-clock figures mostly measure the wait for a core
		out.printf(Locale.ROOT, "search CPU time per call: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
				percentile(cpu, 50) / 1000.0, percentile(cpu, 90) / 1000.0, percentile(cpu, 99) / 1000.0);
		print(out, "autocomplete", latencies(prefixes, complete, rounds));
		out.printf(Locale.ROOT, "search throughput, 2 threads: %.0f queries/s over %d s%n",
				throughput(queries, query, 2, seconds), seconds);
		out.flush();
	}

	/** Titles of every 5th document, and variants of them as people type them. */
	List<String> queries() {
		List<String> titles = jdbc.queryForList("select title from search.document order by id", String.class);
		Set<String> queries = new LinkedHashSet<>(ACRONYMS);
		for (int i = 0; i < titles.size(); i += 5) {
			String title = titles.get(i);
			String masculine = title.split(" / ")[0];
			List<String> words = Arrays.stream(SearchText.normalise(masculine).split(" "))
				.filter(w -> w.length() >= 4)
				.toList();
			queries.add(masculine);
			switch (i / 5 % 4) {
				case 0:
					queries.add(SearchText.normalise(title));
					break;
				case 1:
					words.stream().findFirst().ifPresent(queries::add);
					break;
				case 2:
					// a typo: one letter left out
					words.stream().findFirst().ifPresent(w -> queries.add(w.substring(0, 2) + w.substring(3)));
					break;
				default:
					queries.add(String.join(" ", words.subList(0, Math.min(3, words.size()))));
			}
		}
		queries.remove("");
		return new ArrayList<>(queries);
	}

	/** Beginnings of job titles, two to eight letters long. */
	List<String> prefixes() {
		List<String> titles = jdbc.queryForList("select title from search.document where type = 'METIER' order by id",
				String.class);
		Set<String> prefixes = new LinkedHashSet<>();
		for (int i = 0; i < titles.size(); i += 3) {
			String word = SearchText.normalise(titles.get(i)).split(" ")[0];
			prefixes.add(word.substring(0, Math.min(word.length(), 2 + i % 7)));
		}
		return new ArrayList<>(prefixes);
	}

	/**
	 * @return the time of each call, in microseconds, sorted
	 */
	static long[] latencies(List<String> inputs, Consumer<String> call, int rounds) {
		return latencies(inputs, call, rounds, new long[inputs.size() * rounds]);
	}

	/**
	 * @param cpu receives the processor time of the calling thread for each call, in
	 * microseconds, unsorted
	 * @return the time of each call, in microseconds, sorted
	 */
	static long[] latencies(List<String> inputs, Consumer<String> call, int rounds, long[] cpu) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] times = new long[inputs.size() * rounds];
		int n = 0;
		for (int round = 0; round < rounds; round++) {
			for (String input : inputs) {
				long cpuStart = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				call.accept(input);
				times[n] = (System.nanoTime() - start) / 1_000;
				cpu[n++] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000;
			}
		}
		Arrays.sort(times);
		return times;
	}

	static long percentile(long[] sorted, double p) {
		int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static void print(PrintWriter out, String what, long[] sorted) {
		out.printf(Locale.ROOT, "%s latency over %d calls: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
				sorted.length, percentile(sorted, 50) / 1000.0, percentile(sorted, 90) / 1000.0,
				percentile(sorted, 99) / 1000.0, sorted[sorted.length - 1] / 1000.0);
		out.flush();
	}

	private static double throughput(List<String> queries, Consumer<String> call, int threads, int seconds) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<Future<?>> running = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int offset = t * 97;
			running.add(pool.submit(() -> {
				for (int i = offset; System.nanoTime() < end; i++) {
					call.accept(queries.get(i % queries.size()));
					done.incrementAndGet();
				}
			}));
		}
		try {
			for (Future<?> future : running) {
				future.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("The throughput run failed", ex);
		}
		finally {
			pool.shutdown();
		}
		return done.get() / (double) seconds;
	}

}
