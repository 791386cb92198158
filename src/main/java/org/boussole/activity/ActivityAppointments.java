package org.boussole.activity;

import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.DossierAppointmentChoices;
import org.boussole.accompaniment.DossierAppointmentChoices.AppointmentChoice;
import org.boussole.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The appointment an activity prepares or follows up: the choice offered when the
 * referent gives it (an upcoming or recent appointment of that dossier only), and what
 * the activity page shows of it.
 */
@Component
class ActivityAppointments {

	static final String ERROR = "activity.assign.error.appointment";

	private final DossierAppointmentChoices choices;

	ActivityAppointments(DossierAppointmentChoices choices) {
		this.choices = choices;
	}

	/**
	 * What was chosen in the form: nothing, an appointment of the dossier, or a refusal.
	 */
	record Checked(@Nullable UUID appointmentId, @Nullable String errorKey) {
	}

	/**
	 * @param text what the form sent, blank for none
	 * @return the appointment when it is one of the dossier's choices; otherwise the
	 * message key of the refusal
	 */
	Checked check(UUID dossierId, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return new Checked(null, null);
		}
		UUID id = Ids.parse(text.strip());
		if (id == null || choices.choiceOf(dossierId, id).isEmpty()) {
			return new Checked(null, ERROR);
		}
		return new Checked(id, null);
	}

	/** Adds the appointments that the referent may choose for a new activity. */
	void addChoices(Model model, UUID dossierId, @Nullable String chosen) {
		List<AppointmentChoice> list = choices.choicesFor(dossierId);
		model.addAttribute("appointmentChoices", list);
		model.addAttribute("chosenAppointment", chosen == null ? "" : chosen);
	}

	/** Adds the appointment that the activity prepares or follows up, if any. */
	void addPrepared(Model model, Activity activity) {
		UUID id = activity.getAppointmentId();
		model.addAttribute("preparedAppointment",
				id == null ? null : choices.find(activity.getDossierId(), id).orElse(null));
	}

}
