package org.boussole.accompaniment.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.boussole.accompaniment.AppointmentEvents.AppointmentReminderDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the beneficiary of tomorrow's appointments, once each, from the configured time
 * of the day before (local time of the appointment).
 */
@Component
class ReminderJob {

	private final AppointmentRepository appointments;

	private final AppointmentSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReminderJob(AppointmentRepository appointments, AppointmentSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		this.appointments = appointments;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${boussole.appointments.reminder-interval:5m}", initialDelayString = "60s")
	@Transactional
	public void sendDueReminders() {
		remindAt(clock.instant());
	}

	/**
	 * @return how many reminders were announced
	 */
	@Transactional
	public int remindAt(Instant now) {
		int count = 0;
		// tomorrow's appointments in any zone lie within the next two days
		for (Appointment appointment : appointments.findDueForReminder(now, now.plus(java.time.Duration.ofHours(48)))) {
			LocalDate day = appointment.getStartAt().atZone(appointment.getZone()).toLocalDate();
			ZonedDateTime remindFrom = day.minusDays(1).atTime(settings.reminderTime()).atZone(appointment.getZone());
			if (!now.isBefore(remindFrom.toInstant())) {
				appointment.markReminded(now);
				events.publishEvent(new AppointmentReminderDue(appointment.getId()));
				count++;
			}
		}
		return count;
	}

}
