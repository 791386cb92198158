package org.boussole.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One ROME release read from its files and checked: every code a file points to must
 * exist, so that a broken release is refused before anything is written. Each fiche
 * carries everything its page shows, labels included.
 */
final class RomeRelease {

	static final String VERSION_FILE = "version_rome_v460.txt";

	static final Pattern CODE = Pattern.compile("[A-Z][0-9]{4}");

	record GrandDomain(String code, String label) {
	}

	record Domain(String code, String label, String grandDomain) {
	}

	/** A theme, a centre of interest or a sector (with its parent for a sub-sector). */
	record Topic(String code, String label, String definition, String parent) {
	}

	record Title(String label, String shortLabel, String ogr, boolean main, boolean rarelyUsed) {
	}

	/**
	 * A skill, a piece of knowledge or a work context, with the group it is shown under.
	 */
	record Item(String kind, String ogr, String groupCode, String groupLabel, String label, String core) {
	}

	record Link(String code, String second, boolean principal) {
	}

	record Fiche(String code, String label, String parent, String ogr, String domain, String riasecMajor,
			String riasecMinor, String transitionEco, @Nullable Boolean digital, @Nullable Boolean demographic,
			@Nullable Boolean regulated, @Nullable Boolean executive, String definition, String access,
			List<Title> titles, List<Item> items, List<String> mobilities, List<Link> interests, List<String> themes,
			List<Link> sectors) {

		/**
		 * @return a fingerprint of everything the fiche shows, to tell a changed fiche
		 * from an unchanged one
		 */
		String fingerprint() {
			return Fingerprint.of(this);
		}

	}

	final String release;

	final List<GrandDomain> grandDomains = new ArrayList<>();

	final List<Domain> domains = new ArrayList<>();

	final List<Topic> themes = new ArrayList<>();

	final List<Topic> interests = new ArrayList<>();

	final List<Topic> sectors = new ArrayList<>();

	final Map<String, Fiche> fiches = new LinkedHashMap<>();

	private RomeRelease(String release) {
		this.release = release;
	}

	/**
	 * @param files gives the text of a file from its name; throws
	 * {@link RomeImportException} when it is missing
	 * @throws RomeImportException when a file is malformed or points to something that
	 * does not exist
	 */
	static RomeRelease read(Function<String, String> files) {
		RomeRelease release = new RomeRelease(version(files.apply(VERSION_FILE)));
		new Reader(release, files).read();
		return release;
	}

	/** « ROME 4.0, version 60 du 18/09/2025 », from the publisher's release note. */
	static String version(String note) {
		Matcher number = Pattern.compile("Num[ée]ro de version\\s*:\\s*(\\S+)").matcher(note);
		Matcher date = Pattern.compile("Date de publication\\s*:\\s*(\\S+)").matcher(note);
		if (!number.find() || !date.find()) {
			throw new RomeImportException(VERSION_FILE, 1, "", "numéro de version ou date de publication introuvable");
		}
		return "ROME 4.0, version " + number.group(1) + " du " + date.group(1);
	}

	/** Reads the files in the order their references need. */
	private static final class Reader {

		private final RomeRelease release;

		private final Function<String, String> files;

		private final Map<String, String[]> competences = new HashMap<>();

		private final Map<String, String[]> knowledge = new HashMap<>();

		private final Map<String, String[]> contexts = new HashMap<>();

		private final Map<String, List<Title>> titles = new HashMap<>();

		private final Map<String, List<Item>> items = new HashMap<>();

		private final Map<String, List<String>> mobilities = new HashMap<>();

		private final Map<String, List<Link>> interests = new HashMap<>();

		private final Map<String, List<String>> themes = new HashMap<>();

		private final Map<String, List<Link>> sectors = new HashMap<>();

		Reader(RomeRelease release, Function<String, String> files) {
			this.release = release;
			this.files = files;
		}

		private CsvTable table(String file, String... columns) {
			return CsvTable.parse(file, files.apply(file), List.of(columns));
		}

		void read() {
			Set<String> grand = new HashSet<>();
			for (CsvTable.Row row : table("grands_domaines.csv", "code_grand_domaine", "libelle_grand_domaine")
				.rows()) {
				String code = required(row, "code_grand_domaine");
				grand.add(code);
				release.grandDomains.add(new GrandDomain(code, required(row, "libelle_grand_domaine")));
			}
			Map<String, Domain> domains = new HashMap<>();
			for (CsvTable.Row row : table("domaines_professionnels.csv", "code_domaine_professionnel",
					"libelle_domaine_professionnel", "code_grand_domaine")
				.rows()) {
				String code = required(row, "code_domaine_professionnel");
				Domain domain = new Domain(code, required(row, "libelle_domaine_professionnel"),
						known(row, "code_grand_domaine", grand));
				domains.put(code, domain);
				release.domains.add(domain);
			}
			readTopics();
			readReferentials();
			Map<String, CsvTable.Row> fiches = readFicheRows(domains.keySet());
			readTitles(fiches.keySet());
			readItems(fiches.keySet());
			readLinks(fiches.keySet());
			for (CsvTable.Row row : fiches.values()) {
				String code = row.get("code_rome");
				release.fiches.put(code,
						new Fiche(code, required(row, "libelle_rome"), row.get("code_rome_parent"), row.get("code_ogr"),
								row.get("code_domaine_professionnel"), row.get("riasec_majeur"),
								row.get("riasec_mineur"), row.get("transition_eco"), flag(row, "transition_num"),
								flag(row, "transition_demo"), flag(row, "emploi_reglemente"), flag(row, "emploi_cadre"),
								row.get("definition"), row.get("acces_metier"), titles.getOrDefault(code, List.of()),
								items.getOrDefault(code, List.of()), mobilities.getOrDefault(code, List.of()),
								interests.getOrDefault(code, List.of()), themes.getOrDefault(code, List.of()),
								sectors.getOrDefault(code, List.of())));
			}
		}

		private void readTopics() {
			for (CsvTable.Row row : table("themes.csv", "code_theme", "libelle_theme", "definition_theme").rows()) {
				release.themes.add(new Topic(required(row, "code_theme"), required(row, "libelle_theme"),
						row.get("definition_theme"), ""));
			}
			for (CsvTable.Row row : table("centres_interet.csv", "code_centre_interet", "libelle_centre_interet",
					"definition_centre_interet")
				.rows()) {
				release.interests.add(new Topic(required(row, "code_centre_interet"),
						required(row, "libelle_centre_interet"), row.get("definition_centre_interet"), ""));
			}
			for (CsvTable.Row row : table("secteurs_activite.csv", "code", "libelle", "definition", "code_parent")
				.rows()) {
				release.sectors.add(new Topic(required(row, "code"), required(row, "libelle"), row.get("definition"),
						row.get("code_parent")));
			}
		}

		private void readReferentials() {
			for (CsvTable.Row row : table("competences.csv", "code_ogr", "nature", "libelle_competence",
					"code_ogr_macro_comp")
				.rows()) {
				competences.put(required(row, "code_ogr"), new String[] { row.get("nature"),
						required(row, "libelle_competence"), row.get("code_ogr_macro_comp") });
			}
			for (CsvTable.Row row : table("savoirs.csv", "code_ogr_savoir", "libelle_savoir", "categorie_savoir")
				.rows()) {
				knowledge.put(required(row, "code_ogr_savoir"),
						new String[] { required(row, "libelle_savoir"), row.get("categorie_savoir") });
			}
			for (CsvTable.Row row : table("contextes_travail.csv", "code_ogr", "libelle_cont_travail",
					"code_type_cont_trav", "libelle_type_cont_trav")
				.rows()) {
				contexts.put(required(row, "code_ogr"), new String[] { required(row, "libelle_cont_travail"),
						row.get("code_type_cont_trav"), row.get("libelle_type_cont_trav") });
			}
		}

		private Map<String, CsvTable.Row> readFicheRows(Set<String> domains) {
			CsvTable table = table("metiers.csv", "code_rome", "libelle_rome", "code_rome_parent", "code_ogr",
					"code_domaine_professionnel", "riasec_majeur", "riasec_mineur", "transition_eco", "transition_num",
					"transition_demo", "emploi_reglemente", "emploi_cadre", "definition", "acces_metier");
			Map<String, CsvTable.Row> fiches = new LinkedHashMap<>();
			for (CsvTable.Row row : table.rows()) {
				String code = required(row, "code_rome");
				if (!CODE.matcher(code).matches()) {
					throw row.problem("code_rome", "code ROME mal formé : " + code);
				}
				if (fiches.put(code, row) != null) {
					throw row.problem("code_rome", "code ROME en double : " + code);
				}
				known(row, "code_domaine_professionnel", domains);
			}
			for (CsvTable.Row row : table.rows()) {
				String parent = required(row, "code_rome_parent");
				CsvTable.Row parentRow = fiches.get(parent);
				if (parentRow == null) {
					throw row.problem("code_rome_parent", "fiche parente inconnue : " + parent);
				}
				if (!parentRow.get("code_rome_parent").equals(parent)) {
					throw row.problem("code_rome_parent", "la fiche parente " + parent + " a elle-même un parent");
				}
			}
			return fiches;
		}

		private void readTitles(Set<String> fiches) {
			for (CsvTable.Row row : table("appellations.csv", "code_ogr", "libelle_appellation_long",
					"libelle_appellation_court", "code_rome", "classification", "peu_usite")
				.rows()) {
				String kind = row.get("classification");
				if (!kind.equals("PRINCIPALE") && !kind.equals("SYNONYME")) {
					throw row.problem("classification", "valeur inattendue : " + kind);
				}
				titles.computeIfAbsent(known(row, "code_rome", fiches), k -> new ArrayList<>())
					.add(new Title(required(row, "libelle_appellation_long"), row.get("libelle_appellation_court"),
							required(row, "code_ogr"), kind.equals("PRINCIPALE"), "O".equals(row.get("peu_usite"))));
			}
		}

		private void readItems(Set<String> fiches) {
			for (CsvTable.Row row : table("metier_items.csv", "code_rome", "type", "code_ogr", "coeur_metier").rows()) {
				String code = known(row, "code_rome", fiches);
				String ogr = required(row, "code_ogr");
				String kind = row.get("type");
				Item item;
				if (kind.equals("savoir_faire") || kind.equals("savoir_etre")) {
					String[] skill = resolve(row, competences, ogr);
					String[] macro = skill[2].isEmpty() ? skill : competences.get(skill[2]);
					String groupCode = skill[2].isEmpty() ? ogr : skill[2];
					item = new Item(kind, ogr, groupCode, macro == null ? skill[1] : macro[1], skill[1],
							row.get("coeur_metier"));
				}
				else if (kind.equals("savoir")) {
					String[] known = resolve(row, knowledge, ogr);
					item = new Item(kind, ogr, known[1], known[1], known[0], row.get("coeur_metier"));
				}
				else if (kind.equals("contexte_travail")) {
					String[] context = resolve(row, contexts, ogr);
					item = new Item(kind, ogr, context[1], context[2], context[0], row.get("coeur_metier"));
				}
				else {
					throw row.problem("type", "type inattendu : " + kind);
				}
				items.computeIfAbsent(code, k -> new ArrayList<>()).add(item);
			}
		}

		private void readLinks(Set<String> fiches) {
			for (CsvTable.Row row : table("mobilites.csv", "code_rome", "code_rome_cible", "numero_ordre").rows()) {
				mobilities.computeIfAbsent(known(row, "code_rome", fiches), k -> new ArrayList<>())
					.add(known(row, "code_rome_cible", fiches));
			}
			Set<String> interestCodes = codes(release.interests);
			for (CsvTable.Row row : table("metier_centres_interet.csv", "code_centre_interet", "code_rome", "principal")
				.rows()) {
				interests.computeIfAbsent(known(row, "code_rome", fiches), k -> new ArrayList<>())
					.add(new Link(known(row, "code_centre_interet", interestCodes), "",
							"oui".equals(row.get("principal"))));
			}
			Set<String> themeCodes = codes(release.themes);
			for (CsvTable.Row row : table("metier_themes.csv", "code_theme", "code_rome").rows()) {
				themes.computeIfAbsent(known(row, "code_rome", fiches), k -> new ArrayList<>())
					.add(known(row, "code_theme", themeCodes));
			}
			Set<String> sectorCodes = codes(release.sectors);
			for (CsvTable.Row row : table("metier_secteurs_activite.csv", "code_sect_activite", "code_ss_sect_activite",
					"code_rome", "principal")
				.rows()) {
				String sub = row.get("code_ss_sect_activite");
				if (!sub.isEmpty()) {
					known(row, "code_ss_sect_activite", sectorCodes);
				}
				sectors.computeIfAbsent(known(row, "code_rome", fiches), k -> new ArrayList<>())
					.add(new Link(known(row, "code_sect_activite", sectorCodes), sub,
							"oui".equals(row.get("principal"))));
			}
		}

		private static Set<String> codes(List<Topic> topics) {
			Set<String> codes = new HashSet<>();
			topics.forEach(topic -> codes.add(topic.code()));
			return codes;
		}

		private static String[] resolve(CsvTable.Row row, Map<String, String[]> referential, String ogr) {
			String[] found = referential.get(ogr);
			if (found == null) {
				throw row.problem("code_ogr", "élément inconnu du référentiel : " + ogr);
			}
			return found;
		}

		private static String required(CsvTable.Row row, String column) {
			String value = row.get(column);
			if (value.isBlank()) {
				throw row.problem(column, "valeur manquante");
			}
			return value;
		}

		private static String known(CsvTable.Row row, String column, Set<String> codes) {
			String value = required(row, column);
			if (!codes.contains(value)) {
				throw row.problem(column, "code inconnu : " + value);
			}
			return value;
		}

		private static @Nullable Boolean flag(CsvTable.Row row, String column) {
			String value = row.get(column);
			if (value.isEmpty()) {
				return null;
			}
			if (!value.equals("O") && !value.equals("N")) {
				throw row.problem(column, "O ou N attendu : " + value);
			}
			return value.equals("O");
		}

	}

}
