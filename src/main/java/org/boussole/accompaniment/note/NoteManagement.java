package org.boussole.accompaniment.note;

import java.time.Clock;
import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accompaniment.DossierParticipation.StaffAccess;
import org.boussole.accounts.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the notes and shared summaries of a dossier. Only the referent and the admins of
 * the dossier's structure write them (anyone else is told the dossier does not exist),
 * only while the dossier is open; each one is noted on the timeline (a private note on
 * the staff's timeline only) and in the access log.
 */
@Service
@Transactional
class NoteManagement {

	private final NoteRepository notes;

	private final DossierParticipation participation;

	private final Clock clock;

	NoteManagement(NoteRepository notes, DossierParticipation participation, Clock clock) {
		this.notes = notes;
		this.participation = participation;
		this.clock = clock;
	}

	/**
	 * @throws org.springframework.web.server.ResponseStatusException 404 when the user is
	 * neither the referent nor an admin of the dossier's structure
	 */
	@Transactional(readOnly = true)
	void check(CurrentUser user, UUID dossierId) {
		participation.asStaff(user, dossierId);
	}

	/**
	 * @return the new note's id
	 * @throws org.springframework.web.server.ResponseStatusException 404 when the user is
	 * neither the referent nor an admin of the dossier's structure
	 * @throws IllegalStateException unless the dossier is open
	 * @throws IllegalArgumentException when the text is empty or too long
	 */
	UUID write(CurrentUser user, UUID dossierId, boolean shared, @Nullable String text) {
		Participant dossier = participation.asStaff(user, dossierId);
		if (!dossier.open()) {
			throw new IllegalStateException("Notes are written in open dossiers only");
		}
		Note note = Note.write(dossierId, user.id(), shared, text, clock.instant());
		participation.recordNote(dossierId, user.id(), shared);
		participation.logStaffAccess(user, dossierId, StaffAccess.WRITE_NOTE);
		return notes.save(note).getId();
	}

}
