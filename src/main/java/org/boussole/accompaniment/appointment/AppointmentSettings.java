package org.boussole.accompaniment.appointment;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How appointments are booked. Checked at start: a meeting link that is not https stops
 * the application with a clear message.
 *
 * @param notice how long before its start an appointment may still be booked, moved or
 * cancelled online
 * @param horizon how far ahead slots are offered
 * @param videoBaseUrl the address of the video-conferencing service; each video
 * appointment gets this address followed by an unguessable name
 * @param reminderTime when, the day before, the reminder is sent (local time of the
 * appointment's zone)
 * @param reminderInterval how often due reminders are looked for
 * @param proposalHold how long the times a referent proposes are kept for the person
 * before the proposal expires and they are free again
 * @param proposalExpiryInterval how often proposals whose hold is over are looked for
 */
@ConfigurationProperties("boussole.appointments")
record AppointmentSettings(@DefaultValue("24h") Duration notice, @DefaultValue("56d") Duration horizon,
		@DefaultValue("https://meet.jit.si/boussole-") String videoBaseUrl,
		@DefaultValue("17:00") LocalTime reminderTime, @DefaultValue("5m") Duration reminderInterval,
		@DefaultValue("48h") Duration proposalHold, @DefaultValue("5m") Duration proposalExpiryInterval) {

	AppointmentSettings {
		if (!isHttps(videoBaseUrl)) {
			throw new IllegalArgumentException(
					"boussole.appointments.video-base-url must be an https address, e.g. https://meet.jit.si/boussole-, not: "
							+ videoBaseUrl);
		}
		if (notice.isNegative() || horizon.compareTo(notice) <= 0) {
			throw new IllegalArgumentException(
					"boussole.appointments.notice must be positive and shorter than boussole.appointments.horizon");
		}
		if (proposalHold.compareTo(Duration.ZERO) <= 0) {
			throw new IllegalArgumentException(
					"boussole.appointments.proposal-hold must be a positive duration, e.g. PT48H, not: "
							+ proposalHold);
		}
	}

	static boolean isHttps(String url) {
		try {
			URI uri = URI.create(url);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !url.contains(" ");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
