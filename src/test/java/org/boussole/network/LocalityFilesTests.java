package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocalityFilesTests {

	static final String COMMUNES = """
			code_insee,nom,type,code_departement,code_region,zone,codes_postaux,population,chef_lieu,commune_parente,anciens_codes,code_arrondissement,siren
			01033,Valserhône,commune-actuelle,01,84,metro,01200,16000,,,,014,200000000
			01033,Bellegarde-sur-Valserine,commune-deleguee,01,84,metro,,,01033,,,014,
			74243,Saint-Julien-en-Genevois,commune-actuelle,74,84,metro,74160,15000,,,,743,217402430
			""";

	static final String LAPOSTE = """
			code_commune_insee,nom_commune,code_postal,ligne_5,libelle_acheminement,latitude,longitude
			01033,VALSERHONE,01200,BELLEGARDE SUR VALSERINE,VALSERHONE,46.1067901755,5.83202736464
			01033,VALSERHONE,01200,LANCRANS,VALSERHONE,46.1067901755,5.83202736464
			01033,VALSERHONE,01200,,VALSERHONE,46.1067901755,5.83202736464
			74243,ST JULIEN EN GENEVOIS,74160,,ST JULIEN EN GENEVOIS,46.1374,6.0756
			99999,ST MARTIN D HERES,38400,,ST MARTIN D HERES,45.17,5.76
			88888,NOWHERE,12345,,NOWHERE,,
			""";

	static final String GENEVA = """
			localite,npa,chiffre_complementaire,commune,no_ofs_commune,canton,latitude,longitude,langue,valide_depuis
			Carouge GE,1227,00,Carouge (GE),6608,GE,46.1795,6.1423,fr,2008-07-01
			Les Acacias,1227,04,Carouge (GE),6608,GE,46.1885,6.1389,fr,2008-07-01
			Genève,1204,00,Genève,6621,GE,46.2022,6.1447,fr,2008-07-01
			""";

	private List<LocalityFiles.Row> read() throws Exception {
		return LocalityFiles.read(new StringReader(COMMUNES), new StringReader(LAPOSTE), new StringReader(GENEVA));
	}

	@Test // #2
	void namesFrenchCommunesWithAccentsFromInseeAndKeepsOneRowPerPostalCodeAndName() throws Exception {
		List<LocalityFiles.Row> rows = read();
		assertThat(rows).filteredOn(row -> row.postalCode().equals("01200"))
			.extracting(LocalityFiles.Row::name)
			.containsExactly("Valserhône", "Bellegarde-sur-Valserine");
		LocalityFiles.Row former = rows.stream().filter(row -> row.name().startsWith("Bellegarde")).findFirst().get();
		assertThat(former.commune()).isEqualTo("Valserhône");
		assertThat(former.key()).isEqualTo("bellegarde sur valserine");
		assertThat(rows).filteredOn(row -> row.postalCode().equals("74160")).singleElement().satisfies(row -> {
			assertThat(row.name()).isEqualTo("Saint-Julien-en-Genevois");
			assertThat(row.country()).isEqualTo(Country.FR);
			assertThat(row.population()).isEqualTo(15000);
			assertThat(row.latitude()).isEqualTo(46.1374);
		});
	}

	@Test // #2
	void fallsBackOnLaPosteNameAndSkipsRowsWithoutCoordinates() throws Exception {
		List<LocalityFiles.Row> rows = read();
		assertThat(rows).extracting(LocalityFiles.Row::name).contains("Saint-Martin-d'Heres").doesNotContain("Nowhere");
		assertThat(LocalityFiles.prettify("ST GENIS POUILLY")).isEqualTo("Saint-Genis-Pouilly");
		assertThat(LocalityFiles.prettify("L ABERGEMENT DE VAREY")).isEqualTo("L'Abergement-de-Varey");
	}

	@Test // #2
	void readsGenevaLocalitiesAsSwissWithCleanNames() throws Exception {
		List<LocalityFiles.Row> geneva = read().stream().filter(row -> row.country() == Country.CH).toList();
		assertThat(geneva).extracting(LocalityFiles.Row::name).containsExactly("Carouge", "Les Acacias", "Genève");
		assertThat(geneva).extracting(LocalityFiles.Row::commune).containsExactly("Carouge", "Carouge", "Genève");
		assertThat(geneva).extracting(LocalityFiles.Row::population).containsExactly(1, 1, 1);
		assertThat(LocalityFiles.genevaName("Corsier GE")).isEqualTo("Corsier");
	}

	@Test // #2
	void readsTheShippedFiles() {
		long start = System.nanoTime();
		List<LocalityFiles.Row> rows = LocalityFiles.readShipped();
		System.out.println("Read " + rows.size() + " localities in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		assertThat(rows).hasSizeGreaterThan(35_000);
		assertThat(rows.stream().filter(row -> row.postalCode().equals("74100")).map(LocalityFiles.Row::name))
			.contains("Annemasse", "Ambilly");
		assertThat(rows.stream().filter(row -> row.country() == Country.CH).map(LocalityFiles.Row::postalCode))
			.isNotEmpty()
			.allMatch(code -> code.matches("12\\d\\d"));
		assertThat(rows.stream().map(row -> row.country() + row.postalCode() + row.key()).distinct().count())
			.isEqualTo(rows.size());
	}

}
