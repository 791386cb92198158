package org.boussole.accompaniment.appointment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.shared.BoussoleSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A counsellor's private calendar feed, for Outlook, Thunderbird and phone calendars: its
 * address (shown to them only, renewed on demand to revoke the old one) and the feed
 * itself, read without login by the calendar application. The feed carries times, modes
 * and links to the appointment pages, never a name.
 */
@Controller
class CalendarFeedController {

	static final String FEED_PATH = "/agenda/";

	private final CalendarFeedRepository feeds;

	private final AppointmentRepository appointments;

	private final BoussoleSettings settings;

	private final AppointmentSettings appointmentSettings;

	private final AccountManagement accounts;

	private final org.springframework.context.MessageSource messages;

	private final Clock clock;

	CalendarFeedController(CalendarFeedRepository feeds, AppointmentRepository appointments, BoussoleSettings settings,
			AppointmentSettings appointmentSettings, AccountManagement accounts,
			org.springframework.context.MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.messages = messages;
		this.feeds = feeds;
		this.appointments = appointments;
		this.settings = settings;
		this.appointmentSettings = appointmentSettings;
		this.clock = clock;
	}

	@GetMapping("/conseil/agenda/flux")
	@Transactional(readOnly = true)
	String showFeed(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("feedUrl",
				feeds.findById(user.id())
					.map(feed -> settings.link(FEED_PATH + feed.getToken() + ".ics"))
					.orElse(null));
		return "accompaniment/appointment/feed";
	}

	@PostMapping("/conseil/agenda/flux")
	@Transactional
	String renewFeed(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Instant now = clock.instant();
		feeds.findById(user.id())
			.ifPresentOrElse(feed -> feed.renew(now), () -> feeds.save(new CalendarFeed(user.id(), now)));
		redirect.addFlashAttribute("flash", "accompaniment.appointment.feed.renewed");
		return "redirect:/conseil/agenda/flux";
	}

	@GetMapping(FEED_PATH + "{token}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		if (token.length() != 43) {
			return ResponseEntity.notFound().build();
		}
		return feeds.findByToken(token).map(feed -> {
			Instant now = clock.instant();
			List<Appointment> agenda = appointments.findAgenda(feed.getCounsellorId(), now.minus(Duration.ofDays(31)),
					now.plus(appointmentSettings.horizon()));
			// in the counsellor's language: the calendar application shows the titles as
			// they are
			java.util.Locale locale = AppointmentCalendar.locale(accounts.languageOf(feed.getCounsellorId()));
			String text = AppointmentCalendar.feed(agenda,
					appointment -> messages.getMessage(AppointmentCalendar.FEED_TITLE + appointment.getMode().name(),
							null, locale),
					appointment -> settings.link(StaffAppointmentController.PATH + "/" + appointment.getId()), now);
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
				.cacheControl(CacheControl.noStore())
				.header("X-Robots-Tag", "noindex")
				.body(text.getBytes(StandardCharsets.UTF_8));
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}

}
