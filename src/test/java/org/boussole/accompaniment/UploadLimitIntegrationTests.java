package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.accompaniment.AccompanimentTestSupport.demo;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Files over the limits, sent to the real server as a browser would: the container
 * refuses the body, and the person still gets the conversation back with a French message
 * next to the file field, not an error page nor a cut connection. Nothing is stored.
 */
@AppIntegrationTest
class UploadLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierManagement management;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	CurrentUser person;

	UUID dossierId;

	String session;

	@BeforeEach
	void aBeneficiaryLoggedInWithAnOpenDossier() throws Exception {
		person = AccompanimentTestSupport.newBeneficiary(accounts);
		dossierId = management.request(person.id(), AccompanimentTestSupport.details("74100"));
		management.assign(demo(accounts, "responsable.genevois"), dossierId,
				demo(accounts, "conseillere.annemasse").id());
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/connexion")).build(),
				HttpResponse.BodyHandlers.ofString());
		session = cookie(login);
		String form = "email=" + enc(person.email()) + "&password=" + enc(AccompanimentTestSupport.PASSWORD) + "&_csrf="
				+ enc(find(login.body(), "name=\"_csrf\" value=\"([^\"]+)\""));
		HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(uri("/connexion"))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		session = cookie(loggedIn);
	}

	@Test // #5
	void anElevenMegabyteFileGetsTheConversationBackWithAFrenchMessage() throws Exception {
		assertRefusedPolitely(11);
	}

	@Test // #5
	void aFiftyMegabyteFileGetsAnAnswerToo() throws Exception {
		assertRefusedPolitely(50);
	}

	private void assertRefusedPolitely(int megabytes) throws Exception {
		String page = get("/mon-accompagnement/messages").body();
		String action = HtmlUtils.htmlUnescape(find(page, "action=\"(/mon-accompagnement/messages[^\"]*)\""));
		String boundary = "----boussole" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "text", null, "Voici mon dossier".getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "dossier", null, dossierId.toString().getBytes(StandardCharsets.US_ASCII));
		part(body, boundary, "token", null, UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
		byte[] file = new byte[megabytes * 1024 * 1024];
		System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 9);
		part(body, boundary, "files", "gros.pdf", file);
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

		HttpResponse<String> sent = http.send(HttpRequest.newBuilder(uri(action))
			.header("Cookie", session)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).as("answer to %s MB", megabytes).isEqualTo(303);
		String location = sent.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/mon-accompagnement/messages?trop-lourd");
		HttpResponse<String> shown = get(location);
		assertThat(HtmlUtils.htmlUnescape(shown.body())).contains("Votre envoi est trop lourd",
				"aria-invalid=\"true\"");
		assertThat(jdbc.queryForObject("select count(*) from accompaniment.message where dossier_id = ?", Integer.class,
				dossierId))
			.isZero();
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", session).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return response;
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName,
			byte[] content) {
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf")
				+ "\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private String cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("BOUSSOLE_SESSION="))
			.map(value -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElse(session);
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("%s in the page", regex).isTrue();
		return matcher.group(1);
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
