package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.notifications.GreenMailDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The confirmation, change and cancellation mails of an appointment, received by SMTP as
 * a mail client receives them (GreenMail): subject, text, and the attached calendar file
 * read with an iCalendar parser (same UID, growing SEQUENCE, REQUEST then CANCEL).
 */
@AppIntegrationTest
class AppointmentMailTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	AvailabilityRuleRepository rules;

	@Autowired
	AvailabilityManagement availability;

	@Autowired
	AppointmentManagement management;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	GreenMail smtp;

	CurrentUser counsellor;

	CurrentUser person;

	@BeforeEach
	void aMailServerAndAnAppointment() {
		smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		counsellor = AppointmentTestSupport.availableCounsellor(accounts, rules);
		person = AppointmentTestSupport.followedBy(context, accounts, counsellor);
	}

	@AfterEach
	void stopTheMailServer() {
		smtp.stop();
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Received(String subject, String text, String calendarType, Calendar calendar) {

		VEvent event() {
			return calendar.<VEvent>getComponents("VEVENT").get(0);
		}

		String property(String name) {
			return event().getProperty(name).orElseThrow().getValue();
		}

	}

	List<Received> mailsOf(CurrentUser who, int expected) throws Exception {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from notifications.outbox_mail where recipient = ?",
					Integer.class, who.email()) >= expected);
		assertThat(GreenMailDelivery.deliver(context, smtp, who.email())).isEqualTo(expected);
		assertThat(smtp.waitForIncomingEmail(10_000, expected)).isTrue();
		List<Received> received = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(who.email())) {
				received.add(read(message));
			}
		}
		return received;
	}

	static Received read(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		String text = null;
		String type = null;
		String ics = null;
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				assertThat(part.getFileName()).isEqualTo("rendez-vous.ics");
				type = part.getContentType();
				ics = new String(bytes(part.getInputStream()), StandardCharsets.UTF_8);
			}
			else {
				text = textOf(part);
			}
		}
		assertThat(ics).as("calendar file of " + message.getSubject()).isNotNull();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return new Received(message.getSubject(), text, type, calendar);
	}

	static String textOf(Part part) throws Exception {
		Object content = part.getContent();
		if (content instanceof String string) {
			return string;
		}
		Multipart inner = (Multipart) content;
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < inner.getCount(); i++) {
			text.append(textOf(inner.getBodyPart(i)));
		}
		return text.toString();
	}

	static byte[] bytes(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}

	@Test // #2
	void confirmationChangeAndCancellationReachTheBeneficiaryWithTheirCalendarEntry() throws Exception {
		List<SlotCalculator.Slot> slots = availability.freeSlots(counsellor.id(), null);
		Instant first = slots.get(0).start();
		Instant later = slots.get(3).start();
		UUID id = management.book(person, first, MeetingMode.VIDEO, null);
		String link = jdbc.queryForObject("select video_link from accompaniment.appointment where id = ?", String.class,
				id);
		awaitMails(person, 1);
		management.reschedule(counsellor, id, later, "Réunion d'équipe");
		awaitMails(person, 2);
		management.cancel(person, id, "Entretien d'embauche");

		List<Received> mails = mailsOf(person, 3);

		assertThat(mails).extracting(Received::subject)
			.satisfiesExactly(s -> assertThat(s).startsWith("Rendez-vous confirmé"),
					s -> assertThat(s).startsWith("Rendez-vous déplacé"),
					s -> assertThat(s).startsWith("Rendez-vous annulé"));
		Received booked = mails.get(0);
		assertThat(booked.text()).contains(counsellor.displayName(), "en visio", link,
				"/mon-accompagnement/rendez-vous/" + id);
		assertThat(booked.calendarType()).contains("text/calendar", "method=REQUEST");
		assertThat(booked.calendar().getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(booked.property("UID")).isEqualTo(id + "@rendez-vous.boussole");
		assertThat(booked.property("SEQUENCE")).isEqualTo("0");
		assertThat(booked.property("SUMMARY")).isEqualTo("Boussole : rendez-vous avec " + counsellor.displayName());
		assertThat(booked.property("LOCATION")).isEqualTo(link);
		assertThat(booked.property("DTSTART")).isEqualTo(ical(first));

		Received moved = mails.get(1);
		assertThat(moved.calendar().getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(moved.property("UID")).isEqualTo(id + "@rendez-vous.boussole");
		assertThat(moved.property("SEQUENCE")).isEqualTo("1");
		assertThat(moved.property("DTSTART")).isEqualTo(ical(later));

		Received cancelled = mails.get(2);
		assertThat(cancelled.text()).contains("Entretien d'embauche");
		assertThat(cancelled.calendarType()).contains("method=CANCEL");
		assertThat(cancelled.calendar().getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(cancelled.property("UID")).isEqualTo(id + "@rendez-vous.boussole");
		assertThat(cancelled.property("SEQUENCE")).isEqualTo("2");
		assertThat(cancelled.property("STATUS")).isEqualTo("CANCELLED");
	}

	@Test // #2
	void theCounsellorGetsThePhoneAppointmentWithTheNumberToCall() throws Exception {
		Instant start = availability.freeSlots(counsellor.id(), null).get(1).start();
		UUID id = management.book(person, start, MeetingMode.PHONE, "06 12 34 56 78");

		List<Received> mails = mailsOf(counsellor, 1);

		Received booked = mails.get(0);
		assertThat(booked.subject()).startsWith("Rendez-vous confirmé");
		assertThat(booked.text()).contains(person.displayName(), "06 12 34 56 78", "/conseil/rendez-vous/" + id);
		assertThat(booked.property("LOCATION")).isEqualTo("06 12 34 56 78");
		assertThat(booked.property("DTEND")).isEqualTo(ical(start.plus(Duration.ofHours(1))));
	}

	void awaitMails(CurrentUser who, int count) {
		// the mails are queued by listeners after each commit: keep their order
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from notifications.outbox_mail where recipient = ?",
					Integer.class, who.email()) >= count);
	}

	static String ical(Instant instant) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(java.time.ZoneOffset.UTC)
			.format(instant);
	}

}
