package org.boussole.accompaniment.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.boussole.accompaniment.MeetingMode;
import org.junit.jupiter.api.Test;

class AppointmentTests {

	static final Instant START = Instant.parse("2026-12-08T08:00:00Z");

	static Appointment booked() {
		return Appointment.book(new Appointment.Booking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), START,
				START.plus(Duration.ofHours(1)), ZoneId.of("Europe/Paris"), MeetingMode.VIDEO, null,
				"https://meet.jit.si/boussole-x", null, null), START.minus(Duration.ofDays(7)));
	}

	@Test // #2
	void movingAndCancellingIncrementTheCalendarSequence() {
		Appointment appointment = booked();
		appointment.reschedule(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(1).plusHours(1)), null,
				START.minus(Duration.ofDays(6)));
		assertThat(appointment.getSequence()).isEqualTo(1);
		appointment.cancel("Empêchement", START.minus(Duration.ofDays(5)));
		assertThat(appointment.getSequence()).isEqualTo(2);
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(AppointmentCalendar.of(appointment, "Rendez-vous", "lien", "https://boussole.test/x", START))
			.contains("METHOD:CANCEL", "SEQUENCE:2", "UID:" + appointment.getId() + "@rendez-vous.boussole");
	}

	@Test // #2
	void aCancelledAppointmentIsNeitherMovedNorCancelledAgainNorRecorded() {
		Appointment appointment = booked();
		appointment.cancel("Empêchement", START.minus(Duration.ofDays(5)));
		assertThatThrownBy(() -> appointment.reschedule(START, START.plusSeconds(3600), null, START))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> appointment.cancel("Encore", START)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(
				() -> appointment.recordOutcome(AppointmentStatus.HONOURED, null, null, null, START.plusSeconds(7200)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test // #2
	void cancellingNeedsAReasonAndRecordingNeedsTheStart() {
		Appointment appointment = booked();
		assertThatThrownBy(() -> appointment.cancel("  ", START)).isInstanceOf(IllegalArgumentException.class);
		assertThat(appointment.isBooked()).isTrue();
		assertThatThrownBy(
				() -> appointment.recordOutcome(AppointmentStatus.HONOURED, null, null, null, START.minusSeconds(60)))
			.isInstanceOf(IllegalStateException.class);
		appointment.recordOutcome(AppointmentStatus.MISSED, " ", "Rappeler", "privé", START.plusSeconds(3600));
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.MISSED);
		assertThat(appointment.getSummary()).isNull();
		assertThat(appointment.getNextSteps()).isEqualTo("Rappeler");
	}

	@Test // #2
	void aMeetingLinkThatIsNotHttpsStopsTheStart() {
		assertThatThrownBy(
				() -> new AppointmentSettings(Duration.ofHours(24), Duration.ofDays(56), "http://meet.example.org/",
						LocalTime.of(17, 0), Duration.ofMinutes(5), Duration.ofHours(48), Duration.ofMinutes(5)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("https");
		assertThat(new AppointmentSettings(Duration.ofHours(24), Duration.ofDays(56), "https://visio.mife.fr/rdv-",
				LocalTime.of(17, 0), Duration.ofMinutes(5), Duration.ofHours(48), Duration.ofMinutes(5))
			.videoBaseUrl()).startsWith("https://");
	}

	@Test // #2
	void keepsTheTravelAvoidedOnlyForARemoteAppointmentThatTookPlace() {
		Appointment honoured = booked();
		honoured.recordOutcome(AppointmentStatus.HONOURED, null, null, null, 24.66, START.plusSeconds(3600));
		assertThat(honoured.getTravelAvoidedKm()).isEqualByComparingTo("24.7");
		Appointment missed = booked();
		missed.recordOutcome(AppointmentStatus.MISSED, null, null, null, 24.66, START.plusSeconds(3600));
		assertThat(missed.getTravelAvoidedKm()).isNull();
	}

	@Test // #8
	void anOutcomeMayBeCorrectedFromOneToAnother() {
		Appointment appointment = booked();
		appointment.recordOutcome(AppointmentStatus.HONOURED, "Bilan", null, null, START.plusSeconds(3600));
		appointment.recordOutcome(AppointmentStatus.MISSED, null, null, null, START.plusSeconds(7200));
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.MISSED);
		assertThat(appointment.getSummary()).isNull();
		appointment.recordOutcome(AppointmentStatus.HONOURED, null, null, null, START.plusSeconds(9000));
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.HONOURED);
		assertThatThrownBy(
				() -> appointment.recordOutcome(AppointmentStatus.BOOKED, null, null, null, START.plusSeconds(9600)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.HONOURED);
	}

}
