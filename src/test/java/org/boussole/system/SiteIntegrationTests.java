package org.boussole.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AppIntegrationTest
class SiteIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Test // #2
	void showsHomeInFrenchByDefault() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("lang=\"fr\"", "S&#39;informer", "Être accompagné", "Aller au contenu");
	}

	@Test // #2
	void switchesToEnglish() {
		assertThat(mvc.get().uri("/?lang=en")).hasStatusOk().bodyText().contains("lang=\"en\"", "Get support");
	}

	@Test
	void remembersTheLanguageInASecureCookie() {
		assertThat(mvc.get().uri("/?lang=en")).cookies()
			.hasCookieSatisfying("BOUSSOLE_LANG", cookie -> assertThat(cookie.getSecure()).isTrue());
	}

	@Test // #2
	void showsLegalPagesAndSourcesWithAttribution() {
		assertThat(mvc.get().uri("/sources")).hasStatusOk()
			.bodyText()
			.contains("France Travail", "Licence Ouverte 2.0", "swisstopo", "ODbL");
		assertThat(mvc.get().uri("/confidentialite")).hasStatusOk();
		assertThat(mvc.get().uri("/mentions-legales")).hasStatusOk();
		assertThat(mvc.get().uri("/accessibilite")).hasStatusOk();
	}

	@Test // #2
	void sendsStrictSecurityHeaders() {
		assertThat(mvc.get().uri("/")).hasHeader("X-Frame-Options", "DENY")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.headers()
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
			.containsHeader("Content-Security-Policy");
		String csp = mvc.get().uri("/").exchange().getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
	}

	@Test // #2
	void unknownPageGets404InSiteStyleWithoutInternals() throws Exception {
		// error pages are rendered by the servlet container's error dispatch: a real HTTP
		// request is needed
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/centres/nulle/part"))
				.header("Accept", "text/html")
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(HttpStatus.NOT_FOUND.value());
		assertThat(response.body()).contains("Page introuvable", "Retour à l&#39;accueil")
			.doesNotContain("Exception", "at org.", "Whitelabel", "No static resource");
	}

	@Test // #2
	void privatePagesSendAnonymousVisitorsToLogin() {
		assertThat(mvc.get().uri("/nulle-part")).hasStatus3xxRedirection().hasRedirectedUrl("/connexion");
	}

	@Test // #2
	void metricsAreForNetworkAdministratorsOnly() {
		assertThat(mvc.get().uri("/actuator/metrics")).hasStatus3xxRedirection().hasRedirectedUrl("/connexion");
		assertThat(mvc.get().uri("/actuator/metrics").with(user("c@example.org").roles("COUNSELLOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/actuator/metrics").with(user("a@example.org").roles("NETWORK_ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("jvm.memory.used");
	}

	@Test // #2
	void healthIsPublic() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
	}

}
