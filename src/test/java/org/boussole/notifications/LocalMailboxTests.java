package org.boussole.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** The local mailbox writes standard .eml files that any mail program opens. */
class LocalMailboxTests {

	static final Instant NOW = Instant.parse("2026-05-20T10:00:00Z");

	@TempDir
	Path directory;

	LocalMailbox mailbox() {
		return new LocalMailbox(directory.resolve("mail"), "Boussole <ne-pas-repondre@boussole.example>",
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	static MimeMessage read(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return new MimeMessage(Session.getInstance(new Properties()), in);
		}
	}

	@Test // #2
	void writesOneUtf8MessagePerMailWithAutomaticHeaders() throws Exception {
		OutboxMail mail = OutboxMail.queue(
				OutgoingMail.text("lea@example.org", "Votre rendez-vous à Genève", "Bonjour Léa,\nÀ bientôt.", "fr"),
				NOW);

		mailbox().send(mail);

		Path file = mailbox().fileOf(mail);
		assertThat(file.getFileName().toString()).isEqualTo("20260520-100000-" + mail.getId() + ".eml");
		assertThat(Files.list(directory.resolve("mail"))).containsExactly(file);
		MimeMessage message = read(file);
		assertThat(message.getSubject()).isEqualTo("Votre rendez-vous à Genève");
		// MIME text travels with CRLF line ends
		assertThat((String) message.getContent()).isEqualTo("Bonjour Léa,\r\nÀ bientôt.");
		assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(message.getHeader("Content-Language")).containsExactly("fr");
		assertThat(message.getMessageID()).isEqualTo("<" + mail.getId() + "@boussole.example>");
		assertThat(message.getSentDate().toInstant()).isEqualTo(NOW);
	}

	@Test // #2
	void aRetriedMailKeepsItsFileAndMessageId() throws Exception {
		OutboxMail mail = OutboxMail.queue(OutgoingMail.text("lea@example.org", "Objet", "Texte", "fr"), NOW);

		mailbox().send(mail);
		mailbox().send(mail);

		assertThat(Files.list(directory.resolve("mail"))).hasSize(1);
		assertThat(read(mailbox().fileOf(mail)).getMessageID()).isEqualTo("<" + mail.getId() + "@boussole.example>");
	}

	@Test // #2
	void addsTheHtmlAlternativeWhenThereIsOne() throws Exception {
		OutboxMail mail = OutboxMail.queue(new OutgoingMail("lea@example.org", "Objet", "Texte", "<p>Texte</p>", "en"),
				NOW);

		mailbox().send(mail);

		MimeMessage message = read(mailbox().fileOf(mail));
		assertThat(message.getContent()).isInstanceOf(Multipart.class);
		assertThat(new String(message.getInputStream().readAllBytes())).contains("Texte", "<p>Texte</p>");
		assertThat(message.getHeader("Content-Language")).containsExactly("en");
	}

	@Test // #2
	void saysWhereTheMailsStay() {
		assertThat(mailbox().describe())
			.isEqualTo(new MailTransport.Description(false, directory.resolve("mail").toString()));
	}

}
