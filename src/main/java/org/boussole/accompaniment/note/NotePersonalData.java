package org.boussole.accompaniment.note;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.boussole.accompaniment.DossierExportPart;
import org.boussole.accounts.AccountClosed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The notes in a person's personal data: their archive holds the summaries shared with
 * them, never the team's private notes; when they close their account, the text of every
 * note of their dossiers (private or shared) is erased, since it is about them.
 */
@Component
class NotePersonalData implements DossierExportPart {

	private final NoteRepository notes;

	NotePersonalData(NoteRepository notes) {
		this.notes = notes;
	}

	@Override
	public String field() {
		return "comptesRendus";
	}

	@Override
	public List<SharedSummary> exportFor(UUID dossierId) {
		return notes.findByDossierIdAndSharedTrueOrderByWrittenAtDescIdAsc(dossierId)
			.stream()
			.map(note -> new SharedSummary(note.getWrittenAt(), note.getBody()))
			.toList();
	}

	@ApplicationModuleListener
	void on(AccountClosed event) {
		notes.eraseTextsOfBeneficiary(event.accountId());
	}

	/** A summary as the archive holds it. */
	record SharedSummary(Instant ecritLe, String texte) {

	}

}
