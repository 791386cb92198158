package org.boussole.audience;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.boussole.shared.CliCommand;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audience}: the import of web-server access logs and the audience report
 * (DESIGN.md §5).
 */
@Component
@Command(name = "audience", description = "Audience : import des journaux d'accès, rapport d'audience.",
		subcommands = { AudienceCommand.ImportLog.class, AudienceCommand.Report.class })
class AudienceCommand implements CliCommand, Callable<Integer> {

	@Spec
	@SuppressWarnings("NullAway.Init")
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 0;
	}

	/**
	 * The language of the command's output: the system's, French when there is no bundle
	 * for it.
	 */
	static Locale locale() {
		return Locale.getDefault();
	}

	/**
	 * {@code audience import-log [--format combined|common] [--search-param NAME]... FILE...}:
	 * reads access logs (plain or gzip) into the audience store and prints what it found.
	 */
	@Component
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	@Command(name = "import-log", description = "Importe des journaux d'accès Apache ou Nginx (texte ou .gz).")
	static class ImportLog implements Callable<Integer> {

		@Spec
		@SuppressWarnings("NullAway.Init")
		CommandSpec spec;

		@Option(names = "--format", paramLabel = "combined|common",
				description = "format des journaux (combined par défaut)")
		String format = "combined";

		@Option(names = "--search-param", paramLabel = "NOM",
				description = "paramètre de recherche en plus de q, query, s, search, keyword")
		List<String> searchParameters = new ArrayList<>();

		@Parameters(arity = "1..*", paramLabel = "FICHIER",
				description = "journaux à importer, dans n'importe quel ordre")
		List<Path> files = new ArrayList<>();

		private final AccessLogImport imports;

		private final MessageSource messages;

		ImportLog(AccessLogImport imports, MessageSource messages) {
			this.imports = imports;
			this.messages = messages;
		}

		@Override
		public Integer call() {
			LogFormat logFormat = logFormat();
			for (Path file : files) {
				if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
					throw new ParameterException(spec.commandLine(),
							messages.getMessage("audience.import.no-file", new Object[] { file }, locale()));
				}
			}
			ImportSummary summary = imports.importFiles(files, logFormat, searchParameters);
			PrintWriter out = spec.commandLine().getOut();
			new ImportSummaryPrinter(messages, locale()).print(summary, out);
			out.flush();
			return 0;
		}

		private LogFormat logFormat() {
			try {
				return LogFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new ParameterException(spec.commandLine(),
						messages.getMessage("audience.import.bad-format", new Object[] { format }, locale()));
			}
		}

	}

	/**
	 * {@code audience report --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv]}:
	 * prints the figures of the period and of the period of the same length just before.
	 */
	@Component
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	@Command(name = "report",
			description = "Affiche l'audience d'une période et de la période précédente (JSON ou CSV).")
	static class Report implements Callable<Integer> {

		@Spec
		@SuppressWarnings("NullAway.Init")
		CommandSpec spec;

		@Option(names = "--from", required = true, paramLabel = "AAAA-MM-JJ", description = "premier jour, inclus")
		@SuppressWarnings("NullAway.Init")
		String from;

		@Option(names = "--to", required = true, paramLabel = "AAAA-MM-JJ", description = "dernier jour, inclus")
		@SuppressWarnings("NullAway.Init")
		String to;

		@Option(names = "--format", paramLabel = "json|csv", description = "json (par défaut) ou csv")
		String format = "json";

		private final AudienceReport report;

		private final MessageSource messages;

		Report(AudienceReport report, MessageSource messages) {
			this.report = report;
			this.messages = messages;
		}

		@Override
		public Integer call() {
			String output = format.strip().toLowerCase(Locale.ROOT);
			if (!output.equals("json") && !output.equals("csv")) {
				throw problem("audience.report.bad-format", format);
			}
			LocalDate first = date(from);
			LocalDate last = date(to);
			if (last.isBefore(first)) {
				throw problem("audience.report.reversed", from, to);
			}
			AudienceReport.Comparison figures = report.compare(new Period(first, last));
			PrintWriter out = spec.commandLine().getOut();
			if (output.equals("json")) {
				out.println(ReportOutput.json(figures));
			}
			else {
				out.print(ReportOutput.csv(figures));
			}
			out.flush();
			return 0;
		}

		private LocalDate date(String value) {
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				throw problem("audience.report.bad-date", value);
			}
		}

		private ParameterException problem(String key, Object... arguments) {
			return new ParameterException(spec.commandLine(), messages.getMessage(key, arguments, locale()));
		}

	}

}
