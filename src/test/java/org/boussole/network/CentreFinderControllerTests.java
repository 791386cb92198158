package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The centre finder's web layer alone: the model it builds from a lookup, with the
 * modules behind it mocked. The slice does not load the application's security rules
 * (tested in AccessRulesTests), hence the mock user; nor the filter that reads the state
 * of signed-in accounts from the database.
 */
@WebMvcTest(controllers = CentreFinderController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.boussole\\.accounts\\.AccountSessions"))
@WithMockUser
class CentreFinderControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	LocalityCatalogue localities;

	@MockitoBean
	NetworkManagement network;

	@MockitoBean
	java.time.Clock clock;

	@Test // #2
	void showsTheFormAloneWithoutQuery() {
		assertThat(mvc.get().uri("/centres")).hasStatusOk()
			.hasViewName("network/finder")
			.model()
			.containsEntry("q", "")
			.doesNotContainKey("results");
		verifyNoInteractions(localities, network);
	}

	@Test // #2
	void listsTheNearestSitesOfTheLocalityFound() {
		GeoPoint annemasse = new GeoPoint(46.19, 6.24);
		Locality locality = new Locality(1, Country.FR, "74100", "Annemasse", "Annemasse", 36000, annemasse);
		SiteSummary site = new SiteSummary(UUID.randomUUID(), "MIFE Annemasse", UUID.randomUUID(), "MIFE du Genevois",
				Country.FR, "1 rue de l'Exemple", "74100", "Annemasse", annemasse, List.of("Lundi"), null, null, true);
		given(localities.lookup("74100")).willReturn(LocalityLookup.found(locality, List.of()));
		given(network.nearestSites(annemasse, CentreFinderController.RESULTS))
			.willReturn(List.of(new NearbySite(site, 0.4)));

		assertThat(mvc.get().uri("/centres").param("q", "74100")).hasStatusOk()
			.hasViewName("network/finder")
			.bodyText()
			.contains("MIFE Annemasse", "0,4");
	}

	@Test // #2
	void keepsWhatWasTypedWithTheReasonWhenNothingIsFound() {
		given(localities.lookup("<b>99999</b>"))
			.willReturn(LocalityLookup.error("network.finder.error.unknownPostalCode"));

		assertThat(mvc.get().uri("/centres").param("q", "<b>99999</b>")).hasStatusOk()
			.model()
			.containsEntry("q", "<b>99999</b>")
			.containsEntry("results", List.of());
		assertThat(mvc.get().uri("/centres").param("q", "<b>99999</b>")).bodyText()
			.contains("&lt;b&gt;99999&lt;/b&gt;")
			.doesNotContain("<b>99999</b>");
	}

}
