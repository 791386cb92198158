package org.boussole.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Files attached to a mail travel with it from the outbox into the .eml file. */
class MailAttachmentTests {

	static final Instant NOW = Instant.parse("2026-05-20T10:00:00Z");

	static final String ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";

	@TempDir
	Path directory;

	@Test // #3
	void theLocalMailboxWritesTheTextAndEveryAttachment() throws Exception {
		MailAttachment calendar = new MailAttachment("evenement.ics", "text/calendar; charset=UTF-8; method=REQUEST",
				ICS.getBytes(StandardCharsets.UTF_8));
		MailAttachment note = new MailAttachment("note.txt", "text/plain; charset=UTF-8",
				"Bonjour".getBytes(StandardCharsets.UTF_8));
		OutboxMail mail = OutboxMail.queue(OutgoingMail.text("lea@example.org", "Inscription confirmée", "Texte", "fr")
			.withAttachments(List.of(calendar, note)), NOW);
		LocalMailbox mailbox = new LocalMailbox(directory, "Boussole <ne-pas-repondre@boussole.example>",
				Clock.fixed(NOW, ZoneOffset.UTC));

		mailbox.send(mail);

		MimeMessage message;
		try (InputStream in = Files.newInputStream(mailbox.fileOf(mail))) {
			message = new MimeMessage(Session.getInstance(new Properties()), in);
		}
		Multipart parts = (Multipart) message.getContent();
		assertThat(parts.getCount()).isEqualTo(3);
		BodyPart ics = parts.getBodyPart(1);
		assertThat(ics.getDisposition()).isEqualTo(Part.ATTACHMENT);
		assertThat(ics.getFileName()).isEqualTo("evenement.ics");
		assertThat(ics.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
		try (InputStream in = ics.getInputStream()) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("METHOD:REQUEST");
		}
		assertThat(parts.getBodyPart(2).getFileName()).isEqualTo("note.txt");
	}

	@Test // #3
	void refusesFileNamesThatCouldForgeHeadersOrPaths() {
		byte[] content = new byte[1];
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MailAttachment("a.ics\r\nBcc: x@example.org", "text/calendar", content));
		assertThatIllegalArgumentException().isThrownBy(() -> new MailAttachment("../a.ics", "text/calendar", content));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MailAttachment("a.ics", "text/calendar", new byte[MailAttachment.MAX_SIZE + 1]));
	}

}
