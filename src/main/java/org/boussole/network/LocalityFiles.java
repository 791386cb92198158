package org.boussole.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the geographic reference files shipped under {@code geo/}: the La Poste postal
 * codes with coordinates (ODbL), the INSEE communes for their names with accents (Licence
 * Ouverte) and the localities of the canton of Geneva (swisstopo). One row per country,
 * postal code and name.
 */
final class LocalityFiles {

	/**
	 * @param key the search key (see {@link SearchKeys})
	 */
	record Row(Country country, String postalCode, String name, String commune, String key, int population,
			double latitude, double longitude) {
	}

	private record Commune(String name, int population) {
	}

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	private static final Set<String> SMALL_WORDS = Set.of("de", "du", "des", "la", "le", "les", "en", "sur", "sous",
			"et", "aux", "au", "lès");

	private LocalityFiles() {
	}

	/**
	 * @return the rows of the three files shipped with Boussole
	 */
	static List<Row> readShipped() {
		try (InputStream communes = open("geo/communes_fr.csv");
				InputStream laposte = open("geo/laposte_codes_postaux_gps_2020.csv");
				InputStream geneva = open("geo/ch_ge_localites.csv")) {
			return read(reader(communes), reader(laposte), reader(geneva));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Row> read(Reader communes, Reader laposte, Reader geneva) throws IOException {
		Map<String, Commune> current = new HashMap<>();
		Map<String, Map<String, String>> former = new HashMap<>();
		for (CSVRecord record : CSV.parse(communes)) {
			String code = record.get("code_insee");
			String type = record.get("type");
			if (type.equals("commune-deleguee") || type.equals("commune-associee")) {
				former.computeIfAbsent(record.get("chef_lieu"), k -> new HashMap<>())
					.put(SearchKeys.normalise(record.get("nom")), record.get("nom"));
			}
			else {
				current.put(code, new Commune(record.get("nom"), parseInt(record.get("population"))));
			}
		}
		Map<String, Row> rows = new LinkedHashMap<>(50_000);
		Map<String, String> keys = new HashMap<>(40_000);
		for (CSVRecord record : CSV.parse(laposte)) {
			if (record.get("latitude").isBlank() || record.get("longitude").isBlank()) {
				continue;
			}
			String insee = record.get("code_commune_insee");
			Commune commune = current.getOrDefault(insee, new Commune(prettify(record.get("nom_commune")), 0));
			double lat = Double.parseDouble(record.get("latitude"));
			double lon = Double.parseDouble(record.get("longitude"));
			String postalCode = record.get("code_postal");
			add(rows, new Row(Country.FR, postalCode, commune.name(), commune.name(),
					keys.computeIfAbsent(commune.name(), SearchKeys::normalise), commune.population(), lat, lon));
			// a former commune (now delegated) is still what people type:
			// "Bellegarde-sur-Valserine"
			Map<String, String> formerNames = former.getOrDefault(insee, Map.of());
			String formerName = formerNames.isEmpty() ? null
					: formerNames.get(SearchKeys.normalise(record.get("ligne_5")));
			if (formerName != null) {
				add(rows, new Row(Country.FR, postalCode, formerName, commune.name(), SearchKeys.normalise(formerName),
						0, lat, lon));
			}
		}
		for (CSVRecord record : CSV.parse(geneva)) {
			String npa = record.get("npa");
			String localite = genevaName(record.get("localite"));
			String commune = genevaName(record.get("commune"));
			double lat = Double.parseDouble(record.get("latitude"));
			double lon = Double.parseDouble(record.get("longitude"));
			// no populations for Geneva: rank a locality's own NPA (Meyrin 1217) before
			// an NPA it merely shares
			add(rows, new Row(Country.CH, npa, localite, commune, SearchKeys.normalise(localite), 1, lat, lon));
			add(rows, new Row(Country.CH, npa, commune, commune, SearchKeys.normalise(commune), 0, lat, lon));
		}
		return new ArrayList<>(rows.values());
	}

	private static void add(Map<String, Row> rows, Row row) {
		rows.putIfAbsent(row.country() + "|" + row.postalCode() + "|" + row.key(), row);
	}

	/** "Carouge GE" and "Carouge (GE)" are simply Carouge for a person in Geneva. */
	static String genevaName(String name) {
		return name.replaceAll("\\s*\\(GE\\)$", "").replaceAll("\\s+GE$", "").strip();
	}

	/**
	 * For the few La Poste names with no INSEE match: "ST GENIS POUILLY" becomes
	 * "Saint-Genis-Pouilly".
	 */
	static String prettify(String upper) {
		String[] words = upper.toLowerCase(Locale.FRENCH).strip().split("\\s+");
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String word = switch (words[i]) {
				case "st" -> "saint";
				case "ste" -> "sainte";
				default -> words[i];
			};
			boolean elided = (word.equals("l") || word.equals("d")) && i + 1 < words.length;
			if (i == 0 || (!elided && !SMALL_WORDS.contains(word))) {
				word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
			}
			name.append(word).append(elided ? "'" : (i + 1 < words.length ? "-" : ""));
		}
		return name.toString();
	}

	private static int parseInt(String text) {
		try {
			return text.isBlank() ? 0 : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static InputStream open(String path) throws IOException {
		return new ClassPathResource(path).getInputStream();
	}

	private static Reader reader(InputStream in) {
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

}
