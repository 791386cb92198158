package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LivePagesTests {

	@Test // #8
	void publicPagesAreMeasured() {
		for (String path : new String[] { "/", "/metiers", "/metiers/D1102", "/guides/cpf", "/centres", "/evenements",
				"/confidentialite", "/accompagnement/demande", "/administration-publique" }) {
			assertThat(LivePages.isMeasured(path)).as(path).isTrue();
		}
	}

	@Test // #8
	void staffPersonalLoginApiAndStaticAddressesAreNot() {
		for (String path : new String[] { "/admin", "/admin/reseau", "/conseil/dossiers", "/redaction", "/connexion",
				"/connexion/code", "/deconnexion", "/mot-de-passe-oublie", "/mon-compte", "/mon-accompagnement",
				"/actuator/health", "/api/search", "/css/boussole.css", "/js/app.js", "/images/logo.png",
				"/webjars/htmx.org/htmx.min.js", "/favicon.ico", "/error", "/metiers/logo.svg", "", "metiers",
				"/" + "a".repeat(600) }) {
			assertThat(LivePages.isMeasured(path)).as(path).isFalse();
		}
	}

	@Test // #8
	void ficheAndGuideReadsAndTheTalkToACounsellorLinkAreFunnelSteps() {
		assertThat(LivePages.stepOf("/metiers/D1102", null)).isEqualTo(FunnelStep.READ);
		assertThat(LivePages.stepOf("/guides/le-cpf", null)).isEqualTo(FunnelStep.READ);
		assertThat(LivePages.stepOf("/accompagnement/demande", "/metiers/D1102")).isEqualTo(FunnelStep.CONTACT_CLICKED);
		assertThat(LivePages.stepOf("/accompagnement/demande", null)).isNull();
		assertThat(LivePages.stepOf("/accompagnement/demande", " ")).isNull();
		assertThat(LivePages.stepOf("/metiers", null)).isNull();
		assertThat(LivePages.stepOf("/metiers/domaines/D", null)).isNull();
		assertThat(LivePages.stepOf("/guides", null)).isNull();
	}

	@Test // #8
	void aSearchHasANonEmptySearchParameter() {
		assertThat(LivePages.isSearch("q=infirmier")).isTrue();
		assertThat(LivePages.isSearch("lang=fr&query=vae")).isTrue();
		assertThat(LivePages.isSearch("q=")).isFalse();
		assertThat(LivePages.isSearch("q=+%20")).isFalse();
		assertThat(LivePages.isSearch("page=2")).isFalse();
		assertThat(LivePages.isSearch(null)).isFalse();
	}

}
