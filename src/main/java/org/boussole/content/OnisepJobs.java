package org.boussole.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.boussole.content.JobViews.Onisep;
import org.springframework.stereotype.Component;

/**
 * The Onisep occupations linked to a ROME code (Idéo-Métiers, ODbL), read once from the
 * file shipped under {@code onisep/}: they are shown as external references on the
 * fiches, never mixed into the ROME tables.
 */
@Component
class OnisepJobs {

	private volatile Map<String, List<Onisep>> byRome = Map.of();

	private volatile boolean loaded;

	List<Onisep> forRome(String code) {
		if (!loaded) {
			load();
		}
		return byRome.getOrDefault(code, List.of());
	}

	private synchronized void load() {
		if (loaded) {
			return;
		}
		CsvTable table = CsvTable.parse("metiers_onisep.csv", RomeSource.onisep(),
				List.of("libelle_metier", "url_onisep", "code_rome"));
		Map<String, List<Onisep>> jobs = new HashMap<>();
		for (CsvTable.Row row : table.rows()) {
			String code = row.get("code_rome");
			String url = row.get("url_onisep");
			if (code.isEmpty() || !url.startsWith("http")) {
				continue;
			}
			jobs.computeIfAbsent(code, k -> new ArrayList<>())
				.add(new Onisep(capitalise(row.get("libelle_metier")), url));
		}
		jobs.values().forEach(list -> list.sort(Comparator.comparing(Onisep::label)));
		byRome = jobs;
		loaded = true;
	}

	static String capitalise(String label) {
		return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.FRENCH) + label.substring(1);
	}

}
