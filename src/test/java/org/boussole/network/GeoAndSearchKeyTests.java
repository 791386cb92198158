package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class GeoAndSearchKeyTests {

	static final GeoPoint ANNEMASSE = new GeoPoint(46.1909730986, 6.24250704322);

	static final GeoPoint GENEVE_1204 = new GeoPoint(46.202281213413094, 6.144771297444265);

	@Test // #2
	void measuresGreatCircleDistanceInKilometres() {
		assertThat(ANNEMASSE.distanceKm(GENEVE_1204)).isCloseTo(7.6, within(0.3));
		assertThat(GENEVE_1204.distanceKm(ANNEMASSE)).isCloseTo(ANNEMASSE.distanceKm(GENEVE_1204), within(1e-9));
		assertThat(ANNEMASSE.distanceKm(ANNEMASSE)).isZero();
		// Paris – Marseille, about 660 km as the crow flies
		assertThat(new GeoPoint(48.8566, 2.3522).distanceKm(new GeoPoint(43.2965, 5.3698))).isCloseTo(661, within(5.0));
	}

	@Test // #2
	void refusesCoordinatesOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(91, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, -181));
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 0));
	}

	@Test // #2
	void foldsCaseAccentsHyphensApostrophesAndSaint() {
		assertThat(SearchKeys.normalise("Saint-Julien-en-Genevois")).isEqualTo("saint julien en genevois");
		assertThat(SearchKeys.normalise("ST JULIEN EN GENEVOIS")).isEqualTo("saint julien en genevois");
		assertThat(SearchKeys.normalise("  st-julien   en genevois ")).isEqualTo("saint julien en genevois");
		assertThat(SearchKeys.normalise("Genève")).isEqualTo("geneve");
		assertThat(SearchKeys.normalise("L'Abergement-Clémenciat")).isEqualTo("l abergement clemenciat");
		assertThat(SearchKeys.normalise("Sainte-Foy-lès-Lyon")).isEqualTo(SearchKeys.normalise("STE FOY LES LYON"));
		assertThat(SearchKeys.normalise("Œuilly")).isEqualTo("oeuilly");
		// "st" is folded only as a whole word
		assertThat(SearchKeys.normalise("Stains")).isEqualTo("stains");
	}

	@Test // #2
	void countryGivesTimeZoneAndPostalCodeShape() {
		assertThat(Country.FR.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(Country.CH.timeZone()).isEqualTo(ZoneId.of("Europe/Zurich"));
		assertThat(Country.FR.isPostalCode("74100")).isTrue();
		assertThat(Country.FR.isPostalCode("7410")).isFalse();
		assertThat(Country.CH.isPostalCode("1204")).isTrue();
		assertThat(Country.CH.isPostalCode("12045")).isFalse();
		assertThat(Country.ofPostalCode("1204")).contains(Country.CH);
		assertThat(Country.ofPostalCode("01200")).contains(Country.FR);
		assertThat(Country.ofPostalCode("123")).isEmpty();
	}

}
