package org.boussole.notifications;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The embedded default: each mail is written as an {@code .eml} file under
 * {@code <data-dir>/mail}, where any mail program can open it, and administrators read it
 * on the mails page. Nothing leaves the machine.
 */
class LocalMailbox implements MailTransport {

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final Path directory;

	private final String from;

	private final Clock clock;

	private final Session session = Session.getInstance(new Properties());

	LocalMailbox(Path directory, String from, Clock clock) {
		this.directory = directory;
		this.from = from;
		this.clock = clock;
	}

	@Override
	public void send(OutboxMail mail) throws Exception {
		MimeMessage message = MailMessages.build(session, mail, from, clock.instant());
		Files.createDirectories(directory);
		Path target = fileOf(mail);
		Path partial = Files.createTempFile(directory, ".sending-", ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				message.writeTo(out);
			}
			// a reader never sees half a mail
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/**
	 * @return the file that holds (or will hold) that mail, named after its creation time
	 * (UTC) and id
	 */
	Path fileOf(OutboxMail mail) {
		return directory.resolve(FILE_DATE.format(mail.getCreatedAt()) + "-" + mail.getId() + ".eml");
	}

	@Override
	public Description describe() {
		return new Description(false, directory.toString());
	}

}
