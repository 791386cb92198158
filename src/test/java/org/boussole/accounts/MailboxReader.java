package org.boussole.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads the local mailbox ({@code <data-dir>/mail/*.eml}) as the person a mail was sent
 * to would: the newest mail to an address that carries a link to a given page. The outbox
 * is sent in the background every few seconds, so the reader waits for the mail to
 * arrive.
 */
public final class MailboxReader {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final Path directory;

	private final Session session = Session.getInstance(new Properties());

	public MailboxReader(Path directory) {
		this.directory = directory;
	}

	/**
	 * @param recipient the address the mail was sent to
	 * @param path the page the link leads to, such as {@code "/inscription/confirmer"}
	 * @return the path and query of the link in the newest such mail, to open on the
	 * application under test
	 * @throws AssertionError if no such mail arrives in time
	 */
	public String linkSentTo(String recipient, String path) throws Exception {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (true) {
			Optional<URI> link = newestLink(recipient, path);
			if (link.isPresent()) {
				return link.get().getRawPath() + "?" + link.get().getRawQuery();
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("No mail to " + recipient + " with a link to " + path + " in " + directory
						+ " after " + PATIENCE.toSeconds() + " s");
			}
			Thread.sleep(250); // the outbox worker writes the mail a few seconds later
		}
	}

	private Optional<URI> newestLink(String recipient, String path) throws IOException, MessagingException {
		if (!Files.isDirectory(directory)) {
			return Optional.empty();
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.filter(file -> file.getFileName().toString().endsWith(".eml")).toList();
		}
		Date newest = null;
		URI found = null;
		for (Path file : files) {
			MimeMessage message;
			try (InputStream in = Files.newInputStream(file)) {
				message = new MimeMessage(session, in);
			}
			if (!isFor(message, recipient)) {
				continue;
			}
			for (String candidate : links(text(message))) {
				URI uri = URI.create(candidate);
				Date sent = message.getSentDate();
				if (path.equals(uri.getPath()) && (newest == null || (sent != null && !sent.before(newest)))) {
					newest = (sent == null) ? new Date(0) : sent;
					found = uri;
				}
			}
		}
		return Optional.ofNullable(found);
	}

	private static boolean isFor(MimeMessage message, String recipient) throws MessagingException {
		Address[] to = message.getAllRecipients();
		if (to == null) {
			return false;
		}
		for (Address address : to) {
			if (address instanceof InternetAddress internet && recipient.equalsIgnoreCase(internet.getAddress())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return the plain-text body of the message (the first text/plain part), decoded
	 */
	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = text(child);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

	private static List<String> links(String text) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			links.add(matcher.group());
		}
		return links;
	}

}
