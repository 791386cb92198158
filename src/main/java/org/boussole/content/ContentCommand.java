package org.boussole.content;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.boussole.shared.CliCommand;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code content}: commands for the information content, such as loading a newer ROME
 * release.
 */
@Component
@Command(name = "content", description = "Contenus : importer une nouvelle version du ROME.",
		subcommands = ContentCommand.ImportRome.class)
class ContentCommand implements CliCommand, Callable<Integer> {

	@Spec
	@SuppressWarnings("NullAway.Init")
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 0;
	}

	/**
	 * {@code content import-rome DIR}: imports the ROME files of a directory (named as
	 * those shipped with Boussole) in one transaction and prints what was added, changed
	 * and retired; a broken file changes nothing.
	 */
	@Component
	@Command(name = "import-rome",
			description = "Importe les fichiers ROME d'un dossier ; affiche les fiches ajoutées, modifiées et retirées.")
	static class ImportRome implements Callable<Integer> {

		private static final int LISTED = 20;

		@Spec
		@SuppressWarnings("NullAway.Init")
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "DOSSIER", description = "dossier des fichiers CSV du ROME")
		@SuppressWarnings("NullAway.Init")
		Path directory;

		private final RomeImport rome;

		ImportRome(RomeImport rome) {
			this.rome = rome;
		}

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			if (!Files.isDirectory(directory)) {
				err.println("Erreur : " + directory + " n'est pas un dossier");
				err.flush();
				return 1;
			}
			try {
				ImportReport report = rome.importDirectory(directory);
				PrintWriter out = spec.commandLine().getOut();
				out.println(report.summary());
				print(out, "Ajoutées", report.added());
				print(out, "Modifiées", report.changed());
				print(out, "Retirées", report.retired());
				out.flush();
				return 0;
			}
			catch (RomeImportException ex) {
				err.println("Erreur : " + ex.getMessage() + " ; rien n'a été modifié");
				err.flush();
				return 1;
			}
		}

		private static void print(PrintWriter out, String title, List<String> codes) {
			if (codes.isEmpty()) {
				return;
			}
			String shown = String.join(", ", codes.subList(0, Math.min(LISTED, codes.size())));
			out.println(title + " : " + shown + (codes.size() > LISTED ? " … (" + codes.size() + ")" : ""));
		}

	}

}
