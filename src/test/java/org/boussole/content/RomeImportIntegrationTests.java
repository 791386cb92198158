package org.boussole.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import picocli.CommandLine;

/**
 * The ROME import against the real files shipped with Boussole and the embedded
 * PostgreSQL. The first start imported them; tests that load another release put the
 * shipped one back before they end.
 */
@AppIntegrationTest
class RomeImportIntegrationTests {

	static final Path SHIPPED = Path.of("src/main/resources/rome");

	@Autowired
	RomeImport rome;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path temp;

	@Test // #3
	void firstStartImportedEveryFicheOfTheRelease() {
		assertThat(count("select count(*) from content.job where retired_at is null")).isEqualTo(1584);
		assertThat(count("select count(*) from content.job where retired_at is null and code = parent_code"))
			.isEqualTo(532);
		assertThat(count("select count(*) from content.job_title t join content.job j on j.code = t.job_code "
				+ "where j.retired_at is null"))
			.isEqualTo(13_120);
		assertThat(count("select count(*) from content.job_title where rarely_used")).isPositive();
		assertThat(count("select count(*) from content.grand_domain")).isEqualTo(14);
		assertThat(count("select count(*) from content.domain")).isEqualTo(110);
		assertThat(count("select count(*) from content.job_item i join content.job j on j.code = i.job_code "
				+ "where j.retired_at is null"))
			.isEqualTo(104_219);
		assertThat(count("select count(*) from content.job_link where kind = 'MOBILITY'")).isEqualTo(14_912);
	}

	@Test // #3
	void importingTheSameReleaseAgainChangesNothing() {
		ImportReport report = rome.importDirectory(SHIPPED);
		assertThat(report.fiches()).isEqualTo(1584);
		assertThat(report.added()).isEmpty();
		assertThat(report.changed()).isEmpty();
		assertThat(report.retired()).isEmpty();
	}

	@Test // #3
	void newReleaseReportsAddedChangedAndRetiredFichesAndKeepsTheRetiredOneReachable() throws IOException {
		Path release = copyShipped();
		// A1101 renamed (with markup, which must come out as text), A1102 dropped, A1199
		// added under A1101
		edit(release.resolve("metiers.csv"), text -> {
			String[] lines = text.split("\n", -1);
			String added = "A1199,Conductrice de drones agricoles,A1101,x,99999,99999,A,Agriculture,A11,Engins,R,,"
					+ "Emploi Blanc,N,N,N,N,Pilote des drones.,Formation courte.";
			StringBuilder out = new StringBuilder();
			boolean skipping = false;
			for (String line : lines) {
				if (line.startsWith("A1102,")) {
					skipping = true;
					continue;
				}
				if (skipping && !line.matches("^[A-N][0-9]{4},.*")) {
					continue;
				}
				skipping = false;
				if (line.startsWith("A1201,")) {
					out.append(added).append('\n');
				}
				out.append(line.startsWith("A1101,")
						? line.replaceFirst("^A1101,Conducteur / Conductrice d'engins agricoles,",
								"A1101,Conducteur <script>alert('x')</script> agricole,")
						: line)
					.append('\n');
			}
			return out.toString().replaceAll("\n+$", "\n");
		});
		for (String file : List.of("appellations.csv", "metier_items.csv", "mobilites.csv", "metier_themes.csv",
				"metier_centres_interet.csv", "metier_secteurs_activite.csv")) {
			edit(release.resolve(file),
					text -> text.lines()
						.filter(line -> !line.contains("A1102"))
						.reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append)
						.toString());
		}
		try {
			ImportReport report = rome.importDirectory(release);
			assertThat(report.added()).containsExactly("A1199");
			assertThat(report.retired()).containsExactly("A1102");
			// A1101 itself, and the fiches whose mobilities pointed to A1102
			assertThat(report.changed()).contains("A1101");
			assertThat(rome.importDirectory(release).changed()).isEmpty();

			assertThat(mvc.get().uri("/metiers/A1102")).hasStatusOk()
				.bodyText()
				.contains("a été retirée du répertoire des métiers", "/metiers/A1101");
			assertThat(mvc.get().uri("/metiers/A1101")).hasStatusOk()
				.bodyText()
				.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
				.doesNotContain("<script>alert");
			assertThat(mvc.get().uri("/metiers/A1199")).hasStatusOk().bodyText().contains("Pilote des drones.");
			assertThat(mvc.get().uri("/metiers/domaines/A11")).bodyText()
				.contains("/metiers/A1199")
				.doesNotContain("/metiers/A1102\"");
		}
		finally {
			restoreShipped();
		}
		assertThat(mvc.get().uri("/metiers/A1102")).bodyText().doesNotContain("a été retirée");
		assertThat(mvc.get().uri("/metiers/A1199")).hasStatus(404);
	}

	@Test // #3
	void singleChangedTitleIsReportedAsOneChangedFiche() throws IOException {
		Path release = copyShipped();
		edit(release.resolve("appellations.csv"),
				text -> text.replace("Ouvrier boulanger / Ouvrière boulangère,", "Ouvrier en boulangerie,"));
		try {
			ImportReport report = rome.importDirectory(release);
			assertThat(report.added()).isEmpty();
			assertThat(report.changed()).containsExactly("D1102");
			assertThat(report.retired()).isEmpty();
			assertThat(mvc.get().uri("/metiers/D1102")).bodyText().contains("Ouvrier en boulangerie");
		}
		finally {
			restoreShipped();
		}
	}

	@Test // #3
	void brokenFileLeavesThePreviousDataInPlace() throws IOException {
		Path release = copyShipped();
		// a title of D1102 changed, then a quote left open further down metier_items.csv
		edit(release.resolve("appellations.csv"), text -> text.replace("Ouvrier boulanger /", "Apprenti boulanger /"));
		edit(release.resolve("metier_items.csv"),
				text -> text.replace("\nD1102,savoir_faire,", "\nD1102,\"savoir_faire,"));
		assertThatThrownBy(() -> rome.importDirectory(release)).isInstanceOfSatisfying(RomeImportException.class,
				ex -> {
					assertThat(ex.file()).isEqualTo("metier_items.csv");
					assertThat(ex.column()).isEqualTo("type");
					assertThat(ex.line()).isGreaterThan(1);
				});
		// a missing column
		Path other = copyShipped();
		edit(other.resolve("metiers.csv"), text -> text.replaceFirst(",acces_metier\n", ",acces\n"));
		assertThatThrownBy(() -> rome.importDirectory(other)).hasMessageContaining("metiers.csv, ligne 1")
			.hasMessageContaining("acces_metier");
		assertThat(count("select count(*) from content.job_title where label like 'Apprenti boulanger /%'")).isZero();
		assertThat(count("select count(*) from content.job where retired_at is null")).isEqualTo(1584);
	}

	@Test // #3
	void commandImportsADirectoryAndReportsWhatChanged() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = command(out, err).execute("import-rome", SHIPPED.toString());
		assertThat(code).isZero();
		assertThat(out.toString()).contains("ROME 4.0, version 60 du 18/09/2025 : 1584 fiches",
				"0 ajoutée(s), 0 modifiée(s), 0 retirée(s)");
		assertThat(err.toString()).isEmpty();
	}

	@Test // #3
	void commandFailsWithTheFileAndLineOfABrokenRelease() throws IOException {
		Path release = copyShipped();
		edit(release.resolve("mobilites.csv"), text -> text.replace("A1101,A1414,1", "A1101,Z9999,1"));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = command(out, err).execute("import-rome", release.toString());
		assertThat(code).isEqualTo(1);
		assertThat(err.toString().strip()).isEqualTo("Erreur : mobilites.csv, ligne 2, colonne « code_rome_cible » : "
				+ "code inconnu : Z9999 ; rien n'a été modifié");
		assertThat(command(out, err).execute("import-rome", temp.resolve("nowhere").toString())).isEqualTo(1);
	}

	private CommandLine command(StringWriter out, StringWriter err) {
		CommandLine line = new CommandLine(context.getBean(ContentCommand.class), new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				Map<String, K> beans = context.getBeansOfType(type);
				return beans.isEmpty() ? CommandLine.defaultFactory().create(type) : beans.values().iterator().next();
			}
		});
		line.setOut(new PrintWriter(out, true));
		line.setErr(new PrintWriter(err, true));
		return line;
	}

	private void restoreShipped() {
		rome.importDirectory(SHIPPED);
		// the fiche added for the test was never part of ROME: remove it entirely
		for (String table : List.of("job_title", "job_item", "job_link")) {
			jdbc.update("delete from content." + table + " where job_code = 'A1199'");
		}
		jdbc.update("delete from content.job where code = 'A1199'");
		context.getBean(JobCatalogue.class).evictAll();
	}

	private Path copyShipped() throws IOException {
		Path release = Files.createTempDirectory(temp, "rome");
		try (var files = Files.list(SHIPPED)) {
			for (Path file : files.toList()) {
				Files.copy(file, release.resolve(file.getFileName()));
			}
		}
		return release;
	}

	private static void edit(Path file, java.util.function.UnaryOperator<String> change) throws IOException {
		Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
	}

	private int count(String sql) {
		Integer count = jdbc.queryForObject(sql, Integer.class);
		return count == null ? 0 : count;
	}

}
