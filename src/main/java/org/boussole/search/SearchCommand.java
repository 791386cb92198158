package org.boussole.search;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.boussole.shared.CliCommand;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code search}: the site search from the command line. */
@Component
@Command(name = "search", description = "Recherche : reconstruire l'index.", subcommands = SearchCommand.Reindex.class)
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

}
