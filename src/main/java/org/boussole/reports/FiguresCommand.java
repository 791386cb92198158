package org.boussole.reports;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.boussole.network.NetworkManagement;
import org.boussole.network.StructureSummary;
import org.boussole.shared.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code figures}: the indicators of the service, for scripts and archives. */
@Component
@Command(name = "figures", description = "Chiffres du service : indicateurs d'une période.",
		subcommands = FiguresCommand.Export.class)
class FiguresCommand implements CliCommand, Callable<Integer> {

	@Spec
	@SuppressWarnings("NullAway.Init")
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 0;
	}

	/**
	 * {@code figures export --from D --to D [--structure S] --format csv|json}: every
	 * indicator of the period, with its value in the period of the same length just
	 * before.
	 */
	@Component
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	@Command(name = "export", description = "Écrit chaque indicateur d'une période (identifiant, libellé, unité, "
			+ "valeur, valeur de la période précédente de même durée).")
	static class Export implements Callable<Integer> {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		@Spec
		@SuppressWarnings("NullAway.Init")
		CommandSpec spec;

		@Option(names = "--from", required = true, paramLabel = "AAAA-MM-JJ", description = "premier jour, inclus")
		@SuppressWarnings("NullAway.Init")
		String from;

		@Option(names = "--to", required = true, paramLabel = "AAAA-MM-JJ", description = "dernier jour, inclus")
		@SuppressWarnings("NullAway.Init")
		String to;

		@Option(names = "--structure", paramLabel = "STRUCTURE",
				description = "une structure (son nom ou son identifiant) ; tout le réseau sinon")
		@Nullable String structure;

		@Option(names = "--format", paramLabel = "json|csv", description = "json (par défaut) ou csv")
		String format = "json";

		private final FiguresComputation figures;

		private final NetworkManagement network;

		private final MessageSource messages;

		private final IndicatorTexts texts;

		Export(FiguresComputation figures, NetworkManagement network, MessageSource messages, IndicatorTexts texts) {
			this.figures = figures;
			this.network = network;
			this.messages = messages;
			this.texts = texts;
		}

		@Override
		public Integer call() {
			String output = format.strip().toLowerCase(Locale.ROOT);
			if (!output.equals("json") && !output.equals("csv")) {
				throw problem("reports.export.badFormat", format);
			}
			LocalDate first = date(from);
			LocalDate last = date(to);
			if (last.isBefore(first) || first.plusYears(FiguresComputation.MAX_YEARS).isBefore(last)) {
				throw problem("reports.export.badPeriod", from, to, FiguresComputation.MAX_YEARS);
			}
			StructureSummary chosen = structure == null ? null : structure(structure);
			List<FiguresComputation.Value> values = figures.compute(first, last, chosen == null ? null : chosen.id());
			PrintWriter out = spec.commandLine().getOut();
			out.print(output.equals("json") ? json(first, last, chosen, values) : csv(values));
			out.flush();
			return 0;
		}

		private String json(LocalDate first, LocalDate last, @Nullable StructureSummary chosen,
				List<FiguresComputation.Value> values) {
			ObjectNode root = JSON.createObjectNode();
			root.put("from", first.toString());
			root.put("to", last.toString());
			root.put("structure", chosen == null ? null : chosen.name());
			ArrayNode indicators = root.putArray("indicators");
			for (FiguresComputation.Value value : values) {
				ObjectNode node = indicators.addObject();
				node.put("id", value.indicator().id());
				node.put("label", label(value.indicator()));
				node.put("unit", value.indicator().unit().name().toLowerCase(Locale.ROOT));
				number(node, "value", value.value());
				number(node, "previous", value.previous());
			}
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
		}

		private String csv(List<FiguresComputation.Value> values) {
			StringWriter text = new StringWriter();
			try (CSVPrinter printer = new CSVPrinter(text,
					CSVFormat.DEFAULT.builder().setHeader("id", "label", "unit", "value", "previous").get())) {
				for (FiguresComputation.Value value : values) {
					printer.printRecord(value.indicator().id(), label(value.indicator()),
							value.indicator().unit().name().toLowerCase(Locale.ROOT), plain(value.value()),
							plain(value.previous()));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return text.toString();
		}

		private String label(Indicator indicator) {
			return texts.label(indicator, Locale.getDefault());
		}

		private static void number(ObjectNode node, String name, @Nullable Double value) {
			if (value == null) {
				node.putNull(name);
			}
			else if (value == Math.rint(value)) {
				node.put(name, value.longValue());
			}
			else {
				node.put(name, value);
			}
		}

		private static String plain(@Nullable Double value) {
			if (value == null) {
				return "";
			}
			return value == Math.rint(value) ? Long.toString(value.longValue()) : Double.toString(value);
		}

		private StructureSummary structure(String wanted) {
			String text = wanted.strip();
			return network.allStructures()
				.stream()
				.filter(s -> s.id().toString().equalsIgnoreCase(text) || s.name().equalsIgnoreCase(text))
				.findFirst()
				.orElseThrow(() -> problem("reports.export.unknownStructure", wanted));
		}

		private LocalDate date(String value) {
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				throw problem("reports.export.badDate", value);
			}
		}

		private ParameterException problem(String key, Object... arguments) {
			return new ParameterException(spec.commandLine(), messages.getMessage(key, arguments, Locale.getDefault()));
		}

	}

}
