package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code audience import-log} and {@code audience report} through the Spring beans and
 * the embedded PostgreSQL. Each test uses its own year and its own IP addresses, since
 * the database is shared.
 */
@AppIntegrationTest
class AudienceCommandIntegrationTests {

	@Autowired
	AudienceCommand command;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccessLogImport imports;

	@TempDir
	Path dir;

	private Locale originalLocale = Locale.getDefault();

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void french() {
		originalLocale = Locale.getDefault();
		Locale.setDefault(Locale.FRENCH);
	}

	@AfterEach
	void restore() {
		Locale.setDefault(originalLocale);
	}

	@Test // #8
	void importsALogAndPrintsTheKnownFiguresInTheJsonOfTheContract() throws IOException {
		LocalDate day = LocalDate.of(2041, 3, 12);
		Path log = write("access.log", TestLogs.knownAnswers("10.41", day).text());

		assertThat(run("import-log", log.toString())).isZero();
		assertThat(out.toString()).contains("38 lignes", "20 pages vues", "20 ajoutées");
		out.getBuffer().setLength(0);
		assertThat(run("report", "--from", "2041-03-12", "--to", "2041-03-12")).isZero();

		String json = out.toString().strip();
		assertThat(json).startsWith("{\"from\": \"2041-03-12\", \"to\": \"2041-03-12\", \"visitors\": 7, ")
			.doesNotContain("\n");
		JsonNode report = JsonMapper.builder().build().readTree(json);
		assertThat(fieldNames(report)).containsExactly("from", "to", "visitors", "newVisitors", "visits", "pageViews",
				"searches", "devices", "estimated", "previous", "funnel");
		assertThat(fieldNames(report.get("funnel"))).containsExactly("read", "contactClicked", "requestSent",
				"dossierOpened", "firstAppointment");
		assertFigures(report, "2041-03-12", "2041-03-12", 7, 5, 8, 17, 5, 4, 2, 2);
		assertThat(fieldNames(report.get("previous"))).containsExactly("from", "to", "visitors", "newVisitors",
				"visits", "pageViews", "searches", "devices", "estimated");
		assertFigures(report.get("previous"), "2041-03-11", "2041-03-11", 1, 1, 1, 1, 0, 0, 1, 0);
	}

	@Test // #8
	void importingTheSameFileTwiceAddsNothingAndGzipIsReadLikePlainText() throws IOException {
		LocalDate day = LocalDate.of(2043, 3, 12);
		String text = TestLogs.knownAnswers("10.43", day).text();
		Path gz = dir.resolve("access.log.1.gz");
		try (OutputStream zipped = new GZIPOutputStream(Files.newOutputStream(gz))) {
			zipped.write(text.getBytes(StandardCharsets.UTF_8));
		}
		Path plain = write("access.log.1", text);

		assertThat(run("import-log", gz.toString())).isZero();
		out.getBuffer().setLength(0);
		assertThat(run("import-log", gz.toString())).isZero();
		assertThat(out.toString()).contains("déjà importé", "Durée").doesNotContain("lignes/s");
		out.getBuffer().setLength(0);
		// the same lines in other bytes: read again, every page view already there
		assertThat(run("import-log", plain.toString())).isZero();
		assertThat(out.toString()).contains("20 pages vues, 0 ajoutées, 20 déjà présentes");

		assertThat(report("2043-03-12", "2043-03-12")).isEqualTo(figures("2043-03-12", 7, 5, 8, 17, 5, 4, 2, 2));
	}

	@Test // #8
	void aFileImportedBeforeIsToldByItsSizeAndFingerprintWithoutBeingParsed() throws IOException {
		String text = TestLogs.knownAnswers("10.61", LocalDate.of(2061, 3, 12)).text();
		Path log = write("access.log.61", text);
		assertThat(imports.importedBefore(log, Files.size(log))).isFalse();
		assertThat(run("import-log", log.toString())).isZero();

		assertThat(imports.importedBefore(log, Files.size(log))).isTrue();
		Path copy = write("copy-of-access.log.61", text);
		assertThat(imports.importedBefore(copy, Files.size(copy))).isTrue();
		// as long, other bytes
		Path other = write("access.log.61b", text.replace("10.61.", "10.62."));
		assertThat(Files.size(other)).isEqualTo(Files.size(log));
		assertThat(imports.importedBefore(other, Files.size(other))).isFalse();
	}

	@Test // #8
	void filesImportedInReverseOrderGiveTheSameFigures() throws IOException {
		LocalDate day = LocalDate.of(2045, 3, 12);
		List<String> lines = TestLogs.knownAnswers("10.45", day).lines();
		int half = lines.size() / 2;
		Path older = write("access.log.2", String.join("\n", lines.subList(0, half)) + "\n");
		Path newer = write("access.log.1", String.join("\n", lines.subList(half, lines.size())) + "\n");

		assertThat(run("import-log", newer.toString())).isZero();
		assertThat(run("import-log", older.toString())).isZero();

		assertThat(report("2045-03-12", "2045-03-12")).isEqualTo(figures("2045-03-12", 7, 5, 8, 17, 5, 4, 2, 2));
	}

	@Test // #8
	void overlappingFilesAddEachPageViewOnceWhereverTheOverlapStarts() throws IOException {
		LocalDate day = LocalDate.of(2051, 3, 12);
		List<String> lines = TestLogs.knownAnswers("10.51", day).lines();
		int half = lines.size() / 2;
		List<String> firstHalf = lines.subList(0, half);
		List<String> secondHalf = lines.subList(half, lines.size());
		Path rotated = write("access.log.1", String.join("\n", secondHalf) + "\n");
		// starts with new lines, then meets stored ones: the rows copied so far are
		// undone
		// and the file is imported again, adding only the new rows
		Path whole = write("access.log", String.join("\n", lines) + "\n");
		// starts with stored lines
		Path shuffled = write("access.log.2",
				String.join("\n", secondHalf) + "\n" + String.join("\n", firstHalf) + "\n");

		assertThat(run("import-log", rotated.toString())).isZero();
		out.getBuffer().setLength(0);
		assertThat(run("import-log", whole.toString())).isZero();
		assertThat(out.toString()).containsPattern("20 pages vues, [1-9][0-9]* ajoutées, [1-9][0-9]* déjà présentes");
		out.getBuffer().setLength(0);
		assertThat(run("import-log", shuffled.toString())).isZero();
		assertThat(out.toString()).contains("20 pages vues, 0 ajoutées, 20 déjà présentes");

		assertThat(report("2051-03-12", "2051-03-12")).isEqualTo(figures("2051-03-12", 7, 5, 8, 17, 5, 4, 2, 2));
	}

	@Test // #8
	void aLargeFileThatMeetsStoredPageViewsAfterItsFirstChunksAddsOnlyTheMissingOnes() throws IOException {
		LocalDate day = LocalDate.of(2057, 3, 12);
		int count = AccessLogImport.CHUNK_SIZE * 2 + 3000;
		List<String> lines = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			// one visitor per line, one line per second
			lines.add(TestLogs.combined("10.57." + (i / 250) + "." + (i % 250),
					day.atStartOfDay(Period.ZONE).plusSeconds(i), "GET", "/metiers/" + i, 200, TestLogs.FIREFOX));
		}
		int stored = AccessLogImport.CHUNK_SIZE + 3000;
		Path rotated = write("access.log.1", String.join("\n", lines.subList(stored, count)) + "\n");
		Path whole = write("access.log", String.join("\n", lines) + "\n");
		Path again = write("access.log.copy", String.join("\n", lines) + "\n\n");

		assertThat(run("import-log", rotated.toString())).isZero();
		assertThat(pageViewsAndNewVisitors(day)).containsExactly((long) (count - stored), (long) (count - stored));
		// the first chunk goes straight in, the second meets stored page views halfway
		assertThat(run("import-log", whole.toString())).isZero();
		assertThat(pageViewsAndNewVisitors(day)).containsExactly((long) count, (long) count);
		assertThat(run("import-log", again.toString())).isZero();
		assertThat(pageViewsAndNewVisitors(day)).containsExactly((long) count, (long) count);
	}

	@Test // #8
	void aVisitorSeenEarlierInALaterChunkOfTheSameFileIsNewOnTheEarlierDay() throws IOException {
		LocalDate later = LocalDate.of(2058, 6, 2);
		LocalDate earlier = later.minusDays(1);
		int count = AccessLogImport.CHUNK_SIZE + 10;
		List<String> lines = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			lines.add(TestLogs.combined("10.58.0.1", later.atStartOfDay(Period.ZONE).plusSeconds(i), "GET",
					"/metiers/" + i, 200, TestLogs.FIREFOX));
		}
		// the same browser the day before, after the first chunk: logs merged out of
		// order
		lines.add(TestLogs.combined("10.58.0.1", earlier.atStartOfDay(Period.ZONE).plusHours(9), "GET",
				"/metiers/avant", 200, TestLogs.FIREFOX));
		Path log = write("unordered.log", String.join("\n", lines) + "\n");

		assertThat(run("import-log", log.toString())).isZero();
		assertThat(pageViewsAndNewVisitors(earlier)).containsExactly(1L, 1L);
		assertThat(pageViewsAndNewVisitors(later)).containsExactly((long) count, 0L);
	}

	private List<Long> pageViewsAndNewVisitors(LocalDate day) {
		org.springframework.jdbc.core.JdbcTemplate jdbc = context
			.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		Period period = new Period(day, day);
		Long views = jdbc.queryForObject(
				"""
						select count(*) from audience.page_view where viewed_at >= to_timestamp(?) and viewed_at < to_timestamp(?)""",
				Long.class, period.startEpochSecond(), period.endEpochSecond());
		Long visitors = jdbc.queryForObject(
				"""
						select count(*) from audience.visitor where first_seen >= to_timestamp(?) and first_seen < to_timestamp(?)""",
				Long.class, period.startEpochSecond(), period.endEpochSecond());
		return List.of(views == null ? 0 : views, visitors == null ? 0 : visitors);
	}

	@Test // #8
	void extraSearchParametersAndCsvOutput() throws IOException {
		LocalDate day = LocalDate.of(2047, 3, 12);
		Path log = write("access.log", TestLogs.knownAnswers("10.47", day).text());

		assertThat(run("import-log", "--format", "combined", "--search-param", "motcle", log.toString())).isZero();
		out.getBuffer().setLength(0);
		assertThat(run("report", "--from", "2047-03-12", "--to", "2047-03-12", "--format", "csv")).isZero();

		assertThat(out.toString().lines()).containsExactly(ReportOutput.CSV_HEADER,
				"current,2047-03-12,2047-03-12,7,5,8,17,6,4,2,2,", "previous,2047-03-11,2047-03-11,1,1,1,1,0,0,1,0,");
	}

	@Test // #8
	void reportsUnreadableLinesWithTheirNumbersWithoutFailing() throws IOException {
		String good = TestLogs.combined("10.49.0.1", LocalDate.of(2049, 1, 5).atTime(9, 0).atZone(Period.ZONE), "GET",
				"/", 200, TestLogs.FIREFOX);
		Path log = write("mixed.log", String.join("\n", good, "not a log line", good.replace("05/Jan", "32/Jan"),
				good.replace("10.49.0.1", "10.49.0.2")) + "\n");

		assertThat(run("import-log", log.toString())).isZero();

		assertThat(out.toString()).contains("2 lignes illisibles",
				"lignes illisibles : ligne 2 (format inattendu), ligne 3 (date impossible)");
		assertThat(report("2049-01-05", "2049-01-05").get("pageViews").asLong()).isEqualTo(2);
	}

	@Test // #8
	void rejectsBadArgumentsWithOneLine() {
		assertThat(run("report", "--from", "2051-02-10", "--to", "2051-02-01")).isEqualTo(2);
		assertThat(run("report", "--from", "2045-02-30", "--to", "2045-03-01")).isEqualTo(2);
		assertThat(run("report", "--from", "2045-02-01", "--to", "2045-03-01", "--format", "xml")).isEqualTo(2);
		assertThat(run("import-log", dir.resolve("absent.log").toString())).isEqualTo(2);
		assertThat(run("import-log", "--format", "w3c", "x.log")).isEqualTo(2);
		assertThat(err.toString()).contains("date invalide : « 2045-02-30 »", "fichier introuvable",
				"format inconnu : « w3c »");
	}

	private int run(String... args) {
		CommandLine commandLine = new CommandLine(command, new CommandLine.IFactory() {
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
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	private JsonNode report(String from, String to) {
		out.getBuffer().setLength(0);
		assertThat(run("report", "--from", from, "--to", to)).isZero();
		return JsonMapper.builder().build().readTree(out.toString());
	}

	private static JsonNode figures(String day, long visitors, long newVisitors, long visits, long pageViews,
			long searches, long desktop, long mobile, long tablet) {
		LocalDate d = LocalDate.parse(day);
		PeriodFigures current = new PeriodFigures(d, d, visitors, newVisitors, visits, pageViews, searches, desktop,
				mobile, tablet);
		PeriodFigures previous = new PeriodFigures(d.minusDays(1), d.minusDays(1), 1, 1, 1, 1, 0, 0, 1, 0);
		return JsonMapper.builder()
			.build()
			.readTree(ReportOutput.json(new AudienceReport.Comparison(current, previous)));
	}

	private static void assertFigures(JsonNode node, String from, String to, long visitors, long newVisitors,
			long visits, long pageViews, long searches, long desktop, long mobile, long tablet) {
		assertThat(node.get("from").asString()).isEqualTo(from);
		assertThat(node.get("to").asString()).isEqualTo(to);
		assertThat(node.get("visitors").asLong()).isEqualTo(visitors);
		assertThat(node.get("newVisitors").asLong()).isEqualTo(newVisitors);
		assertThat(node.get("visits").asLong()).isEqualTo(visits);
		assertThat(node.get("pageViews").asLong()).isEqualTo(pageViews);
		assertThat(node.get("searches").asLong()).isEqualTo(searches);
		assertThat(fieldNames(node.get("devices"))).containsExactly("desktop", "mobile", "tablet");
		assertThat(node.get("devices").get("desktop").asLong()).isEqualTo(desktop);
		assertThat(node.get("devices").get("mobile").asLong()).isEqualTo(mobile);
		assertThat(node.get("devices").get("tablet").asLong()).isEqualTo(tablet);
	}

	private static List<String> fieldNames(JsonNode node) {
		return node.propertyNames().stream().toList();
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}

}
