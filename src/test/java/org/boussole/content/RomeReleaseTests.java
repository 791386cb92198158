package org.boussole.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The release shipped with Boussole, read without a database: its counts are those of the
 * publisher.
 */
class RomeReleaseTests {

	private static final RomeRelease SHIPPED = RomeRelease.read(RomeSource.shipped());

	@Test // #3
	void shippedReleaseHasTheCountsOfRome4Version60() {
		assertThat(SHIPPED.release).isEqualTo("ROME 4.0, version 60 du 18/09/2025");
		assertThat(SHIPPED.fiches).hasSize(1584);
		assertThat(SHIPPED.fiches.values().stream().filter(f -> f.code().equals(f.parent()))).hasSize(532);
		assertThat(SHIPPED.fiches.values().stream().mapToInt(f -> f.titles().size()).sum()).isEqualTo(13_120);
		assertThat(SHIPPED.fiches.values()
			.stream()
			.mapToLong(f -> f.titles().stream().filter(t -> t.main()).count())
			.sum()).isEqualTo(1584);
		assertThat(SHIPPED.grandDomains).hasSize(14);
		assertThat(SHIPPED.domains).hasSize(110);
		assertThat(SHIPPED.themes).hasSize(17);
		assertThat(SHIPPED.interests).hasSize(30);
		assertThat(SHIPPED.sectors).hasSize(75);
		assertThat(SHIPPED.fiches.values().stream().mapToInt(f -> f.items().size()).sum()).isEqualTo(104_219);
		assertThat(SHIPPED.fiches.values().stream().mapToInt(f -> f.mobilities().size()).sum()).isEqualTo(14_912);
	}

	@Test // #3
	void groupsSkillsUnderTheirMacroSkill() {
		RomeRelease.Fiche baker = SHIPPED.fiches.get("D1102");
		assertThat(baker.label()).isEqualTo("Boulanger / Boulangère");
		assertThat(baker.items()).anySatisfy(item -> {
			assertThat(item.label()).isEqualTo("Cuire des pâtons");
			assertThat(item.groupLabel())
				.isEqualTo("Réaliser des préparations de pâtisserie, boulangerie, viennoiserie, et chocolaterie");
		});
		assertThat(baker.regulated()).isFalse();
	}

	@Test // #3
	void fingerprintChangesWithTheContentOnly() {
		RomeRelease again = RomeRelease.read(RomeSource.shipped());
		assertThat(again.fiches.get("D1102").fingerprint()).isEqualTo(SHIPPED.fiches.get("D1102").fingerprint())
			.isNotEqualTo(SHIPPED.fiches.get("D1103").fingerprint());
	}

	@Test // #3
	void refusesAFicheWhoseParentIsUnknown() {
		Function<String, String> files = replacing("metiers.csv", "forestière,A1101,Conducteur",
				"forestière,A1199,Conducteur");
		assertThatThrownBy(() -> RomeRelease.read(files)).isInstanceOfSatisfying(RomeImportException.class, ex -> {
			assertThat(ex.file()).isEqualTo("metiers.csv");
			assertThat(ex.column()).isEqualTo("code_rome_parent");
			assertThat(ex.line()).isEqualTo(5);
		}).hasMessageContaining("fiche parente inconnue : A1199");
	}

	@Test // #3
	void refusesALinkToAnUnknownFiche() {
		Function<String, String> files = replacing("mobilites.csv", "A1101,A1414,1", "A1101,Z9999,1");
		assertThatThrownBy(() -> RomeRelease.read(files))
			.hasMessageContaining("mobilites.csv, ligne 2, colonne « code_rome_cible » : code inconnu : Z9999");
	}

	/**
	 * The shipped files with text replaced in one of them (pairs of search, replacement).
	 */
	private static Function<String, String> replacing(String file, String... pairs) {
		Function<String, String> shipped = RomeSource.shipped();
		return name -> {
			String text = shipped.apply(name);
			if (name.equals(file)) {
				for (int i = 0; i + 1 < pairs.length; i += 2) {
					text = text.replace(pairs[i], pairs[i + 1]);
				}
			}
			return text;
		};
	}

}
