package org.boussole.accompaniment.note;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes of a dossier as the pages show them: all of them on the staff's dossier page,
 * only the shared summaries in the beneficiary's space.
 */
@Service
@Transactional(readOnly = true)
public class NoteViews {

	private final NoteRepository notes;

	private final DossierParticipation participation;

	private final AccountManagement accounts;

	private final AccountNames names;

	NoteViews(AccountNames names, NoteRepository notes, DossierParticipation participation,
			AccountManagement accounts) {
		this.names = names;
		this.notes = notes;
		this.participation = participation;
		this.accounts = accounts;
	}

	/**
	 * @return the notes and summaries of the dossier, newest first, if the user is its
	 * referent or an admin of its structure; otherwise 404
	 */
	public StaffNotes forStaff(CurrentUser user, UUID dossierId) {
		return forStaff(participation.asStaff(user, dossierId));
	}

	/**
	 * @param dossier a dossier the staff member may see, as checked once for the page
	 * (see {@link DossierParticipation#asStaff})
	 * @return its notes and summaries, newest first
	 */
	public StaffNotes forStaff(Participant dossier) {
		return new StaffNotes(dossier.open(),
				views(notes.findByDossierIdOrderByWrittenAtDescIdAsc(dossier.dossierId()), dossier.zone()));
	}

	/**
	 * @return the summaries shared with the beneficiary, newest first, if the dossier is
	 * theirs; otherwise 404. Private notes are never part of it.
	 */
	public List<NoteView> summariesFor(CurrentUser beneficiary, UUID dossierId) {
		Participant dossier = participation.asBeneficiary(beneficiary, dossierId);
		return views(notes.findByDossierIdAndSharedTrueOrderByWrittenAtDescIdAsc(dossierId), dossier.zone());
	}

	private List<NoteView> views(List<Note> list, ZoneId zone) {
		Set<UUID> authors = new HashSet<>();
		list.forEach(note -> authors.add(note.getAuthorId()));
		Map<UUID, String> names = authors.isEmpty() ? Map.of()
				: accounts.findAll(authors)
					.stream()
					.collect(Collectors.toMap(AccountSummary::id, this.names::of, (a, b) -> a));
		return list.stream()
			.map(note -> new NoteView(note.getId(), note.isShared(), names.getOrDefault(note.getAuthorId(), ""),
					note.getWrittenAt().atZone(zone), note.getBody(), note.isErased()))
			.toList();
	}

	/**
	 * The notes on the staff's dossier page.
	 *
	 * @param writable whether new notes may be written (the dossier is open)
	 */
	public record StaffNotes(boolean writable, List<NoteView> notes) {
	}

	/**
	 * One note or summary, dated and attributed.
	 *
	 * @param erased whether the text was erased (its person closed their account): the
	 * page says so in the reader's language
	 */
	public record NoteView(UUID id, boolean shared, String authorName, ZonedDateTime at, String text, boolean erased) {
	}

}
