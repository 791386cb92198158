package org.boussole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.AccompanimentFigures;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.shared.CliCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code figures export} gives every indicator once, with the values of the one
 * computation: the audience indicators are those of {@code audience report} for the same
 * period, the accompaniment ones those of the accompaniment's figures; CSV and JSON
 * agree; bad arguments get one French line and change nothing.
 */
@AppIntegrationTest
class FiguresCommandIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccompanimentFigures accompaniment;

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	private Locale originalLocale = Locale.getDefault();

	@Command(name = "boussole")
	static class Root {

	}

	/** As the command line does: French first, whatever the machine's locale. */
	@BeforeEach
	void inFrench() {
		originalLocale = Locale.getDefault();
		Locale.setDefault(Locale.FRENCH);
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(originalLocale);
	}

	@Test // #15
	void theAudienceIndicatorsAreThoseOfTheAudienceReportAndTheOthersThoseOfTheAccompaniment() {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
		String from = today.minusDays(30).toString();
		String to = today.toString();
		JsonNode audience = json("audience", "report", "--from", from, "--to", to);
		JsonNode figures = json("figures", "export", "--from", from, "--to", to);
		Map<String, JsonNode> byId = byId(figures);

		for (String id : new String[] { "visitors", "newVisitors", "visits", "pageViews", "searches" }) {
			assertThat(byId.get(id).get("value").asLong()).as(id).isEqualTo(audience.get(id).asLong());
			assertThat(byId.get(id).get("previous").asLong()).as(id + " before")
				.isEqualTo(audience.get("previous").get(id).asLong());
		}
		// the funnel of both periods: the period before is the 31 days just before
		JsonNode before = json("audience", "report", "--from", today.minusDays(61).toString(), "--to",
				today.minusDays(31).toString());
		for (String step : new String[] { "read", "requestSent", "dossierOpened", "firstAppointment" }) {
			assertThat(byId.get("funnel." + step).get("value").asLong()).as(step)
				.isEqualTo(audience.get("funnel").get(step).asLong());
			assertThat(byId.get("funnel." + step).get("previous").asLong()).as(step + " before")
				.isEqualTo(before.get("funnel").get(step).asLong());
		}
		assertThat(byId.get("devices.mobile").get("value").asLong())
			.isEqualTo(audience.get("devices").get("mobile").asLong());
		AccompanimentFigures.Counts counts = accompaniment.of(today.minusDays(30), today, null);
		assertThat(byId.get("requests").get("value").asLong()).isEqualTo(counts.requests());
		assertThat(byId.get("dossiersActiveAtEnd").get("value").asLong()).isEqualTo(counts.activeAtEnd());
		assertThat(byId.get("appointmentsHeld.VIDEO").get("value").asLong())
			.isEqualTo(counts.heldByMode().get(MeetingMode.VIDEO));
		assertThat(byId.get("appointmentsHeld.VIDEO").get("label").asString()).isEqualTo("Rendez-vous tenus en visio");
		assertThat(byId).hasSize(Indicators.ALL.size());

		out.getBuffer().setLength(0);
		assertThat(run("figures", "export", "--from", from, "--to", to, "--format", "csv")).isZero();
		String[] lines = out.toString().split("\r?\n");
		assertThat(lines[0]).isEqualTo("id,label,unit,value,previous");
		assertThat(lines).hasSize(Indicators.ALL.size() + 1);
		assertThat(lines[1]).startsWith("visitors,Visiteurs,count," + byId.get("visitors").get("value").asLong() + ",");
	}

	@Test // #15
	void oneStructureHasItsAccompanimentAndNoAudience() {
		String structure = "MIFE du Genevois français (démo)";
		JsonNode figures = json("figures", "export", "--from", "2026-01-01", "--to", "2026-12-31", "--structure",
				structure);
		assertThat(figures.get("structure").asString()).isEqualTo(structure);
		Map<String, JsonNode> byId = byId(figures);
		assertThat(byId.get("visitors").get("value").isNull()).isTrue();
		assertThat(byId.get("requests").get("value").isNumber()).isTrue();
	}

	@Test // #15
	void badArgumentsGetOneFrenchLine() {
		assertThat(run("figures", "export", "--from", "2026-02-30", "--to", "2026-03-01")).isEqualTo(2);
		assertThat(run("figures", "export", "--from", "2026-03-01", "--to", "2026-02-01")).isEqualTo(2);
		assertThat(run("figures", "export", "--from", "2000-01-01", "--to", "2026-01-01")).isEqualTo(2);
		assertThat(run("figures", "export", "--from", "2026-01-01", "--to", "2026-01-31", "--structure", "Nulle part"))
			.isEqualTo(2);
		assertThat(run("figures", "export", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "xml"))
			.isEqualTo(2);
		assertThat(err.toString()).contains("Date non valable : « 2026-02-30 »", "Période non valable",
				"Structure inconnue : « Nulle part »", "Format inconnu : « xml »");
		assertThat(out.toString()).isEmpty();
	}

	private JsonNode json(String... args) {
		out.getBuffer().setLength(0);
		assertThat(run(args)).as(err.toString()).isZero();
		return JsonMapper.builder().build().readTree(out.toString());
	}

	private static Map<String, JsonNode> byId(JsonNode figures) {
		Map<String, JsonNode> byId = new HashMap<>();
		figures.get("indicators").forEach(node -> byId.put(node.get("id").asString(), node));
		return byId;
	}

	private int run(String... args) {
		CommandLine commandLine = new CommandLine(new Root(), new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				return context.getBeanProvider(type).getIfAvailable(() -> {
					try {
						return CommandLine.defaultFactory().create(type);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});
			}
		});
		context.getBeansOfType(CliCommand.class).values().forEach(commandLine::addSubcommand);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

}
