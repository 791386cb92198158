package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

import org.boussole.accompaniment.DossierAppointmentChoices;
import org.boussole.accompaniment.DossierAppointmentChoices.AppointmentChoice;
import org.boussole.accompaniment.MeetingMode;
import org.junit.jupiter.api.Test;

/**
 * The check of the appointment chosen for a new activity: none, one of the dossier's
 * choices, or a refusal for anything else.
 */
class ActivityAppointmentsTests {

	UUID dossierId = UUID.randomUUID();

	UUID appointmentId = UUID.randomUUID();

	DossierAppointmentChoices choices = mock(DossierAppointmentChoices.class);

	ActivityAppointments appointments = new ActivityAppointments(choices);

	@Test // #2
	void noAppointmentIsAValidChoice() {
		assertThat(appointments.check(dossierId, null)).isEqualTo(new ActivityAppointments.Checked(null, null));
		assertThat(appointments.check(dossierId, "  ")).isEqualTo(new ActivityAppointments.Checked(null, null));
	}

	@Test // #2
	void anAppointmentAmongTheDossiersChoicesIsKept() {
		when(choices.choiceOf(dossierId, appointmentId)).thenReturn(Optional.of(new AppointmentChoice(appointmentId,
				dossierId, ZonedDateTime.now(ZoneId.of("Europe/Paris")), MeetingMode.PHONE,
				MeetingMode.PHONE.messageKey(), "BOOKED", "accompaniment.appointment.status.BOOKED")));

		assertThat(appointments.check(dossierId, appointmentId.toString()))
			.isEqualTo(new ActivityAppointments.Checked(appointmentId, null));
	}

	@Test // #2
	void anyOtherAppointmentOrTextIsRefused() {
		when(choices.choiceOf(dossierId, appointmentId)).thenReturn(Optional.empty());

		assertThat(appointments.check(dossierId, appointmentId.toString()).errorKey())
			.isEqualTo(ActivityAppointments.ERROR);
		assertThat(appointments.check(dossierId, "<script>").errorKey()).isEqualTo(ActivityAppointments.ERROR);
		assertThat(appointments.check(dossierId, "x".repeat(5000)).errorKey()).isEqualTo(ActivityAppointments.ERROR);
	}

}
