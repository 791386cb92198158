package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class StructureAndSiteTests {

	static final Locality ANNEMASSE = new Locality(1, Country.FR, "74100", "Annemasse", "Annemasse", 36000,
			new GeoPoint(46.19, 6.24));

	static final Locality GENEVE = new Locality(2, Country.CH, "1204", "Genève", "Genève", 0,
			new GeoPoint(46.20, 6.14));

	private static SiteDetails details(String postalCode, String commune) {
		return new SiteDetails(" MIFE Annemasse ", "12 rue de l'Exemple", postalCode, commune,
				"Lundi : 9 h – 12 h\n\n  Mardi : 14 h – 17 h  ", "01 99 00 10 10", " ");
	}

	@Test // #2
	void structureTakesItsTimeZoneFromItsCountry() {
		Structure mife = new Structure("MIFE", Country.FR, "", Instant.EPOCH);
		Structure ofpc = new Structure("OFPC", Country.CH, "contact@ofpc.test", Instant.EPOCH);
		assertThat(mife.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(ofpc.toSummary().timeZone()).isEqualTo(ZoneId.of("Europe/Zurich"));
		assertThat(mife.getContactEmail()).isNull();
		assertThat(mife.isActive()).isTrue();
	}

	@Test // #2
	void structureWithSitesKeepsItsCountry() {
		Structure mife = new Structure("MIFE", Country.FR, null, Instant.EPOCH);
		assertThatIllegalStateException().isThrownBy(() -> mife.update("MIFE", Country.CH, null, true));
		mife.update("MIFE 74", Country.FR, null, true);
		mife.update("MIFE 74", Country.CH, null, false);
		assertThat(mife.getCountry()).isEqualTo(Country.CH);
		assertThat(mife.getName()).isEqualTo("MIFE 74");
	}

	@Test // #2
	void siteTakesCoordinatesAndSpellingFromItsLocality() {
		Structure mife = new Structure("MIFE", Country.FR, null, Instant.EPOCH);
		Site site = new Site(mife, details("74100", "ANNEMASSE"), ANNEMASSE);
		SiteSummary summary = site.toSummary();
		assertThat(summary.name()).isEqualTo("MIFE Annemasse");
		assertThat(summary.commune()).isEqualTo("Annemasse");
		assertThat(summary.point()).isEqualTo(ANNEMASSE.point());
		assertThat(summary.openingHours()).containsExactly("Lundi : 9 h – 12 h", "Mardi : 14 h – 17 h");
		assertThat(summary.accessibility()).isNull();
		assertThat(summary.phoneLink()).isEqualTo("tel:0199001010");
	}

	@Test // #2
	void siteRefusesALocalityOfAnotherCountryOrPostalCode() {
		Structure mife = new Structure("MIFE", Country.FR, null, Instant.EPOCH);
		assertThatIllegalArgumentException().isThrownBy(() -> new Site(mife, details("1204", "Genève"), GENEVE));
		assertThatIllegalArgumentException().isThrownBy(() -> new Site(mife, details("74160", "Annemasse"), ANNEMASSE));
	}

	@Test // #2
	void siteIsListedOnlyWhenItAndItsStructureAreActive() {
		Structure mife = new Structure("MIFE", Country.FR, null, Instant.EPOCH);
		Site site = new Site(mife, details("74100", "Annemasse"), ANNEMASSE);
		assertThat(site.isListed()).isTrue();
		mife.deactivate();
		assertThat(site.isListed()).isFalse();
		mife.activate();
		site.deactivate();
		assertThat(site.isListed()).isFalse();
	}

	@Test // #2
	void localityLabelNamesTheCommuneOfAFormerCommune() {
		assertThat(ANNEMASSE.label()).isEqualTo("Annemasse (74100)");
		Locality bellegarde = new Locality(3, Country.FR, "01200", "Bellegarde-sur-Valserine", "Valserhône", 0,
				new GeoPoint(46.1, 5.83));
		assertThat(bellegarde.label()).isEqualTo("Bellegarde-sur-Valserine, Valserhône (01200)");
		assertThat(GENEVE
			.samePlaceAs(new Locality(4, Country.CH, "1201", "Genève", "Genève", 0, new GeoPoint(46.21, 6.14))))
			.isTrue();
		assertThat(ANNEMASSE.samePlaceAs(GENEVE)).isFalse();
	}

}
