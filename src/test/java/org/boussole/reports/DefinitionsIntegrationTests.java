package org.boussole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

/**
 * Anyone may read what each indicator counts: every indicator of the catalogue is on the
 * page, with its definition, unit and identifier, in French and in English.
 */
@AppIntegrationTest
class DefinitionsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IndicatorTexts texts;

	@Test // #15
	void everyIndicatorIsDefinedOnAPublicPage() throws Exception {
		var page = mvc.get().uri("/chiffres/definitions").exchange();
		assertThat(page).hasStatusOk();
		String body = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		for (Indicator indicator : Indicators.ALL) {
			IndicatorTexts.Text text = texts.of(indicator, Locale.FRENCH);
			assertThat(body).as(indicator.id())
				.contains(HtmlUtils.htmlEscape(text.label(), "UTF-8"), HtmlUtils.htmlEscape(text.definition(), "UTF-8"),
						"id=\"indicateur-" + indicator.id() + "\"");
		}
		assertThat(body).contains("Définitions des indicateurs", "Identifiant dans les exports : visitors.",
				"Rendez-vous tenus en visio", "Dossiers clôturés : ");
	}

	@Test // #15
	void theDefinitionsAreInEnglishToo() {
		assertThat(mvc.get().uri("/chiffres/definitions").cookie(new Cookie("BOUSSOLE_LANG", "en"))).hasStatusOk()
			.bodyText()
			.contains("Definitions of the indicators", "Appointments held by video",
					"Identifier in exports: visitors.");
	}

}
