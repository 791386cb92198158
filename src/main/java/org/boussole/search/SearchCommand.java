package org.boussole.search;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.boussole.shared.CliCommand;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code search}: the site search from the command line. */
@Component
@Command(name = "search", description = "Recherche : reconstruire l'index, mesurer ses temps de réponse.",
		subcommands = { SearchCommand.Reindex.class, SearchCommand.Bench.class })
class SearchCommand implements CliCommand, Callable<Integer> {

	@Spec
	@SuppressWarnings("NullAway.Init")
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 0;
	}

	/**
	 * {@code search reindex}: fills the search table from the content and rebuilds the
	 * index.
	 */
	@Component
	@Command(name = "reindex", description = "Reconstruit l'index de recherche à partir des contenus.")
	static class Reindex implements Callable<Integer> {

		@Spec
		@SuppressWarnings("NullAway.Init")
		CommandSpec spec;

		private final SearchIndex index;

		Reindex(SearchIndex index) {
			this.index = index;
		}

		@Override
		public Integer call() {
			long start = System.nanoTime();
			long count = index.rebuild();
			PrintWriter out = spec.commandLine().getOut();
			out.println("Index de recherche reconstruit : " + count + " documents en "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
			out.flush();
			return 0;
		}

	}

	/**
	 * {@code search bench}: rebuilds the index, then times searches and autocompletes in
	 * this process (see {@link SearchBenchmark}).
	 */
	@Component
	@Command(name = "bench",
			description = "Mesure la reconstruction de l'index, les temps de réponse de la recherche et de l'autocomplétion, et le débit sur deux fils.")
	static class Bench implements Callable<Integer> {

		@Spec
		@SuppressWarnings("NullAway.Init")
		CommandSpec spec;

		@Option(names = "--rounds", defaultValue = "5", description = "Passages sur le jeu de requêtes (5 par défaut).")
		int rounds;

		@Option(names = "--seconds", defaultValue = "10",
				description = "Durée de la mesure du débit (10 s par défaut).")
		int seconds;

		private final SearchBenchmark benchmark;

		Bench(SearchBenchmark benchmark) {
			this.benchmark = benchmark;
		}

		@Override
		public Integer call() {
			benchmark.run(spec.commandLine().getOut(), Math.max(1, rounds), Math.max(1, seconds));
			return 0;
		}

	}

}
