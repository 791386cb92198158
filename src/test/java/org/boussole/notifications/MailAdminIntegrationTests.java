package org.boussole.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The network administrators read the mails on /admin/courriels; nobody else does. */
@AppIntegrationTest
class MailAdminIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxMailRepository mails;

	@Autowired
	Clock clock;

	static UserRequestPostProcessor networkAdmin() {
		return user("reseau@example.org").roles("NETWORK_ADMIN");
	}

	static String uniqueAddress() {
		return "admin-" + UUID.randomUUID() + "@example.org";
	}

	UUID queue(String recipient, String subject, String text) {
		return outbox.queue(OutgoingMail.text(recipient, subject, text, "fr"));
	}

	@Test // #2
	void networkAdminSeesTheMailsAndWhereTheyGo() {
		String email = uniqueAddress();
		queue(email, "Confirmez votre adresse électronique", "Bonjour");

		assertThat(mvc.get().uri("/admin/courriels").param("destinataire", email).with(networkAdmin())).hasStatusOk()
			.bodyText()
			.contains("Courriels", email, "Confirmez votre adresse électronique", "En attente",
					"restent dans la boîte locale", "test-data/mail");
	}

	@Test // #2
	void filtersByPartOfTheRecipient() {
		String token = UUID.randomUUID().toString();
		queue("lea-" + token + "@example.org", "Pour Léa", "Bonjour");
		queue("sam-" + UUID.randomUUID() + "@example.org", "Pour Sam", "Bonjour");

		assertThat(mvc.get().uri("/admin/courriels").param("destinataire", token.toUpperCase()).with(networkAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains("Pour Léa")
			.doesNotContain("Pour Sam");
	}

	@Test // #2
	void oddPageNumbersShowAPageRatherThanAnError() {
		assertThat(mvc.get().uri("/admin/courriels").param("page", "abc").with(networkAdmin())).hasStatusOk();
		assertThat(mvc.get().uri("/admin/courriels").param("page", "-4").with(networkAdmin())).hasStatusOk();
		assertThat(mvc.get().uri("/admin/courriels").param("page", "99999999").with(networkAdmin())).hasStatusOk();
		assertThat(mvc.get().uri("/admin/courriels").param("destinataire", "x".repeat(5000)).with(networkAdmin()))
			.hasStatusOk();
	}

	@Test // #2
	void showsTheTextOfOneMail() {
		String email = uniqueAddress();
		UUID id = queue(email, "Choisir un nouveau mot de passe", "Ouvrez ce lien :\nhttp://localhost/jeton");

		assertThat(mvc.get().uri("/admin/courriels/{id}", id).with(networkAdmin())).hasStatusOk()
			.bodyText()
			.contains("Choisir un nouveau mot de passe", email,
					"<pre class=\"mail\">Ouvrez ce lien :\nhttp://localhost/jeton</pre>")
			.doesNotContain("Réessayer maintenant");
	}

	@Test // #2
	void unknownMailsAreNotFound() {
		assertThat(mvc.get().uri("/admin/courriels/{id}", UUID.randomUUID()).with(networkAdmin())).hasStatus(404);
		assertThat(mvc.get().uri("/admin/courriels/pas-un-identifiant").with(networkAdmin())).hasStatus(404);
	}

	@Test // #2
	void escapesHtmlInSubjectRecipientAndText() {
		String marker = UUID.randomUUID().toString();
		UUID id = queue("<img src=x onerror=alert(1)>" + marker + "@example.org", "<script>alert('objet')</script>",
				"<b>texte</b>");

		assertThat(mvc.get().uri("/admin/courriels").param("destinataire", marker).with(networkAdmin())).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;", "&lt;img src=x")
			.doesNotContain("<script>alert", "<img src=x");
		assertThat(mvc.get().uri("/admin/courriels/{id}", id).with(networkAdmin())).hasStatusOk()
			.bodyText()
			.contains("&lt;b&gt;texte&lt;/b&gt;")
			.doesNotContain("<script>alert", "<img src=x", "<b>texte");
	}

	@Test // #2
	void aGivenUpMailCanBeTriedAgain() {
		OutboxMail mail = OutboxMail.queue(OutgoingMail.text(uniqueAddress(), "Abandonné", "Texte", "fr"),
				clock.instant());
		mail.markFailed("550 Mailbox unavailable", clock.instant(), new RetryPolicy(1));
		mails.save(mail);

		assertThat(mvc.get().uri("/admin/courriels/{id}", mail.getId()).with(networkAdmin())).hasStatusOk()
			.bodyText()
			.contains("Abandonné", "550 Mailbox unavailable", "Réessayer maintenant");
		assertThat(mvc.post().uri("/admin/courriels/{id}/reessayer", mail.getId()).with(networkAdmin()).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/courriels/" + mail.getId())
			.flash()
			.containsEntry("flash", "notifications.detail.retried");
		OutboxMail retried = mails.findById(mail.getId()).orElseThrow();
		assertThat(retried.getStatus()).isIn(MailStatus.PENDING, MailStatus.SENT);
	}

	@Test // #2
	void onlyAGivenUpMailCanBeTriedAgain() {
		UUID id = queue(uniqueAddress(), "En attente", "Texte");

		assertThat(mvc.post().uri("/admin/courriels/{id}/reessayer", id).with(networkAdmin()).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", "notifications.detail.notFailed");
		assertThat(mvc.post().uri("/admin/courriels/{id}/reessayer", id).with(networkAdmin())).hasStatus(403);
	}

	@Test // #2
	void otherRolesAreForbidden() {
		UUID id = queue(uniqueAddress(), "Secret", "Texte");

		for (String role : new String[] { "STRUCTURE_ADMIN", "COUNSELLOR", "BENEFICIARY" }) {
			assertThat(mvc.get().uri("/admin/courriels").with(user("x@example.org").roles(role))).hasStatus(403);
			assertThat(mvc.get().uri("/admin/courriels/{id}", id).with(user("x@example.org").roles(role)))
				.hasStatus(403);
		}
		assertThat(mvc.post()
			.uri("/admin/courriels/{id}/reessayer", id)
			.with(user("x@example.org").roles("STRUCTURE_ADMIN"))
			.with(csrf())).hasStatus(403);
	}

	@Test // #2
	void anonymousVisitorsAreSentToLogin() {
		assertThat(mvc.get().uri("/admin/courriels")).hasStatus3xxRedirection().hasRedirectedUrl("/connexion");
		assertThat(mvc.get().uri("/admin/courriels/{id}", UUID.randomUUID())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/connexion");
	}

}
