package org.boussole.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.micrometer.core.instrument.MeterRegistry;

@AppIntegrationTest
class FichePageCacheIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MockMvcTester mvc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test // #3
	void theSecondVisitorNotSignedInGetsTheSamePageWithoutItBeingMadeAgain() throws Exception {
		HttpResponse<byte[]> first = get("/metiers/A1203", true, null);
		double kept = kept();
		HttpResponse<byte[]> second = get("/metiers/A1203", true, null);

		assertThat(kept()).isEqualTo(kept + 1);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(second.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
		assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(gunzip(second.body())).isEqualTo(gunzip(first.body()));
		assertThat(Jsoup.parse(gunzip(second.body())).select("h1").text()).isNotBlank();
	}

	@Test // #3
	void aKeptPageIsSentUncompressedToAClientThatDoesNotAcceptGzip() throws Exception {
		String compressed = gunzip(get("/metiers/A1204", true, null).body());
		get("/metiers/A1204", true, null);
		double kept = kept();

		HttpResponse<byte[]> plain = get("/metiers/A1204", false, null);

		assertThat(kept()).isEqualTo(kept + 1);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(compressed);
	}

	@Test // #3
	void eachLanguageHasItsOwnPage() throws Exception {
		get("/metiers/A1205", true, null);
		String french = gunzip(get("/metiers/A1205", true, null).body());
		String english = gunzip(get("/metiers/A1205", true, "BOUSSOLE_LANG=en").body());
		String englishAgain = gunzip(get("/metiers/A1205", true, "BOUSSOLE_LANG=en").body());

		assertThat(Jsoup.parse(french).select("html").attr("lang")).isEqualTo("fr");
		assertThat(Jsoup.parse(english).select("html").attr("lang")).isEqualTo("en");
		assertThat(englishAgain).isEqualTo(english);
	}

	@Test // #3
	void aSignedInPersonGetsTheirOwnHeaderEvenWhenTheAnonymousPageIsKept() throws Exception {
		get("/metiers/A1301", true, null);
		get("/metiers/A1301", true, null);

		CurrentUser someone = new CurrentUser(UUID.randomUUID(), "someone@example.org", "Someone",
				Set.of(Role.BENEFICIARY), false);
		assertThat(mvc.get()
			.uri("/metiers/A1301")
			.with(authentication(UsernamePasswordAuthenticationToken.authenticated(someone, null,
					java.util.List.of(new SimpleGrantedAuthority(Role.BENEFICIARY.authority()))))))
			.hasStatusOk()
			.bodyText()
			.contains("Se déconnecter");
	}

	@Test // #3
	void anUnknownFicheIsStillA404AndNothingIsKept() throws Exception {
		double kept = kept();
		assertThat(get("/metiers/Z9999", true, null).statusCode()).isEqualTo(404);
		assertThat(get("/metiers/Z9999", true, null).statusCode()).isEqualTo(404);
		assertThat(kept()).isEqualTo(kept);
	}

	private double kept() {
		return meters.counter("boussole.fiche.pages", "result", "kept").count();
	}

	private HttpResponse<byte[]> get(String path, boolean gzip, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), BodyHandlers.ofByteArray());
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
