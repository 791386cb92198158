package org.boussole.accompaniment.appointment;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.boussole.accompaniment.DossierExport;
import org.boussole.accompaniment.DossierExportPart;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The appointments of a dossier in the person's personal data archive, as their space
 * shows them: the date and times where the meeting takes place, how (with the site's
 * address, the video link or who calls whom), where it stands (with the reason of a
 * cancellation), and the summary and next steps shared with them. The counsellor's
 * private note is never there; of the staff, only the counsellor's name is.
 */
@Component
@Order(20)
class AppointmentPersonalData implements DossierExportPart {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final AppointmentRepository appointments;

	private final AppointmentViews views;

	private final MessageSource messages;

	private final Clock clock;

	AppointmentPersonalData(AppointmentRepository appointments, AppointmentViews views, MessageSource messages,
			Clock clock) {
		this.appointments = appointments;
		this.views = views;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String field() {
		return "rendezVous";
	}

	@Override
	public List<Exported> exportFor(UUID dossierId, DossierExport export) {
		Locale locale = export.locale();
		// as the beneficiary sees them: the view leaves out the private note
		return views.of(appointments.findByDossierIdOrderByStartAt(dossierId), false, clock.instant())
			.stream()
			.map(view -> new Exported(view.start().toLocalDate().toString(), view.start().format(TIME),
					view.end().format(TIME), view.start().getZone().getId(), label(view.modeKey(), locale), view.site(),
					view.videoLink(), view.phoneCallerKey() == null ? null : label(view.phoneCallerKey(), locale),
					view.phoneNumber(), view.otherName(), label(view.statusKey(), locale), view.cancellationReason(),
					view.summary(), view.nextSteps()))
			.toList();
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/**
	 * An appointment as the archive holds it.
	 *
	 * @param date the day where the meeting takes place
	 * @param debut the time it starts, there
	 * @param fuseau the time zone of the site (or of the structure)
	 */
	record Exported(String date, String debut, String fin, String fuseau, String mode, @Nullable String lieu,
			@Nullable String lienVisio, @Nullable String appel, @Nullable String telephone, String conseiller,
			String etat, @Nullable String motifAnnulation, @Nullable String compteRendu,
			@Nullable String prochainesEtapes) {
	}

}
