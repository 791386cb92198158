package org.boussole.accompaniment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's accompaniment: requested, then open and followed by exactly one referent
 * counsellor, closed with an outcome, reopened if needed. Every change is dated,
 * attributed and kept as a {@link DossierEvent}; the changes of referent, with their
 * handover notes, are the history of referents. A change that the current status does not
 * allow throws {@link IllegalStateException}.
 */
@Entity
@Table(name = "dossier", schema = "accompaniment")
class Dossier {

	static final int MAX_NOTE = 2000;

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID beneficiaryId;

	@Column(nullable = false)
	private UUID structureId;

	@Column(nullable = false)
	private UUID siteId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DossierStatus status;

	@Enumerated(EnumType.STRING)
	private @Nullable Outcome outcome;

	private @Nullable UUID referentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Situation situation;

	@Convert(converter = EnumSets.Wishes.class)
	@Column(nullable = false)
	private Set<Wish> wishes;

	@Convert(converter = EnumSets.MeetingModes.class)
	@Column(nullable = false)
	private Set<MeetingMode> meetingModes;

	private @Nullable String availability;

	@Column(nullable = false)
	private String postalCode;

	private @Nullable String commune;

	private @Nullable String message;

	private @Nullable String origin;

	@Column(nullable = false)
	private Instant consentAt;

	@Column(nullable = false)
	private Instant requestedAt;

	@Column(nullable = false)
	private Instant updatedAt;

	private @Nullable Instant firstHonouredAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<DossierEvent> events = new ArrayList<>();

	protected Dossier() {
	}

	private Dossier(UUID beneficiaryId, UUID structureId, UUID siteId, RequestDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.beneficiaryId = beneficiaryId;
		this.structureId = structureId;
		this.siteId = siteId;
		this.status = DossierStatus.REQUESTED;
		this.situation = details.situation();
		this.wishes = details.wishes();
		this.meetingModes = details.meetingModes();
		this.availability = details.availability();
		this.postalCode = details.postalCode();
		this.commune = details.commune();
		this.message = details.message();
		this.origin = details.origin();
		this.consentAt = now;
		this.requestedAt = now;
		this.updatedAt = now;
	}

	/**
	 * A person asks to be accompanied; the request goes to the structure of the nearest
	 * site.
	 * @return a dossier in status {@link DossierStatus#REQUESTED}, without referent
	 */
	static Dossier request(UUID beneficiaryId, UUID structureId, UUID siteId, RequestDetails details, Instant now) {
		Dossier dossier = new Dossier(beneficiaryId, structureId, siteId, details, now);
		dossier.record(DossierEventType.REQUESTED, now, beneficiaryId, null, null, null);
		return dossier;
	}

	/**
	 * Gives a requested dossier its first referent: it becomes open.
	 * @param actorId who assigned it, or {@literal null} for the automatic assignment
	 * @throws IllegalStateException unless the dossier is requested
	 */
	void assign(UUID counsellorId, @Nullable UUID actorId, Instant now) {
		Assert.notNull(counsellorId, "a counsellor");
		requireStatus(DossierStatus.REQUESTED);
		this.referentId = counsellorId;
		this.status = DossierStatus.OPEN;
		record(DossierEventType.ASSIGNED, now, actorId, counsellorId, null, null);
	}

	/**
	 * Hands an open dossier over to another counsellor, with a note for them.
	 * @param note what the new referent should know, must not be blank
	 * @throws IllegalStateException unless the dossier is open, or if the counsellor is
	 * already the referent
	 */
	void changeReferent(UUID counsellorId, UUID actorId, @Nullable String note, Instant now) {
		requireStatus(DossierStatus.OPEN);
		if (counsellorId.equals(referentId)) {
			throw new IllegalStateException("This counsellor already follows the dossier");
		}
		String handover = requireNote(note);
		this.referentId = counsellorId;
		record(DossierEventType.REFERENT_CHANGED, now, actorId, counsellorId, null, handover);
	}

	/**
	 * The referent no longer works in the structure and nobody was chosen to take over:
	 * the open dossier goes back to the structure's queue, without referent, until it is
	 * assigned again.
	 * @param actorId who removed the referent, or {@literal null} for Boussole itself
	 * @throws IllegalStateException unless the dossier is open
	 */
	void returnToQueue(@Nullable UUID actorId, Instant now) {
		requireStatus(DossierStatus.OPEN);
		this.referentId = null;
		this.status = DossierStatus.REQUESTED;
		record(DossierEventType.RETURNED_TO_QUEUE, now, actorId, null, null, null);
	}

	/**
	 * Closes an open dossier with its outcome.
	 * @throws IllegalStateException unless the dossier is open
	 */
	void close(Outcome outcome, UUID actorId, @Nullable String note, Instant now) {
		Assert.notNull(outcome, "an outcome");
		requireStatus(DossierStatus.OPEN);
		String text = optionalNote(note);
		this.status = DossierStatus.CLOSED;
		this.outcome = outcome;
		record(DossierEventType.CLOSED, now, actorId, null, outcome, text);
	}

	/**
	 * Opens a closed dossier again, with the same referent.
	 * @throws IllegalStateException unless the dossier is closed
	 */
	void reopen(UUID actorId, Instant now) {
		requireStatus(DossierStatus.CLOSED);
		if (referentId == null) {
			throw new IllegalStateException("A request closed before any assignment cannot be reopened");
		}
		this.status = DossierStatus.OPEN;
		this.outcome = null;
		record(DossierEventType.REOPENED, now, actorId, referentId, null, null);
	}

	/**
	 * Notes on the timeline that a message was written, without its content.
	 * @throws IllegalStateException unless the dossier is open
	 */
	void recordMessage(UUID authorId, Instant now) {
		requireStatus(DossierStatus.OPEN);
		record(DossierEventType.MESSAGE_SENT, now, authorId, null, null, null);
	}

	/**
	 * Notes on the timeline that a staff member wrote a private note (seen by the team
	 * only) or shared a summary (seen by the beneficiary too), without its text.
	 * @throws IllegalStateException unless the dossier is open
	 */
	void recordNote(UUID authorId, boolean shared, Instant now) {
		requireStatus(DossierStatus.OPEN);
		record(shared ? DossierEventType.SUMMARY_SHARED : DossierEventType.NOTE_ADDED, now, authorId, null, null, null);
	}

	/**
	 * The person closed their account: a dossier still requested or open is closed as "no
	 * longer reachable", and everything the person wrote or that could identify them is
	 * erased. What the figures count stays: dates, status, outcome, structure, site,
	 * situation, wishes, ways to meet, and the department of the postal code. The
	 * timeline keeps its dated entries, without their notes.
	 */
	void anonymiseForClosedAccount(Instant now) {
		if (status != DossierStatus.CLOSED) {
			status = DossierStatus.CLOSED;
			outcome = Outcome.NO_LONGER_REACHABLE;
		}
		availability = null;
		commune = null;
		message = null;
		origin = null;
		postalCode = postalCode.length() >= 2 ? postalCode.substring(0, 2) + "000" : "00000";
		events.forEach(DossierEvent::eraseNote);
		record(DossierEventType.ACCOUNT_CLOSED, now, null, null, outcome, null);
	}

	/**
	 * Keeps, once and for good, that an appointment of this dossier was honoured: a later
	 * appointment honoured, or the same one honoured again after its outcome was
	 * corrected, changes nothing. Whatever the status, since an outcome may be recorded
	 * after the dossier was closed.
	 * @return whether this is the first appointment honoured of the dossier
	 */
	boolean markFirstAppointmentHonoured(Instant now) {
		if (firstHonouredAt != null) {
			return false;
		}
		firstHonouredAt = now;
		return true;
	}

	/**
	 * @return whether the beneficiary still has something going on: requested or open
	 */
	boolean isActive() {
		return status != DossierStatus.CLOSED;
	}

	boolean isReferent(UUID accountId) {
		return accountId.equals(referentId);
	}

	/**
	 * @return the timeline, oldest first
	 */
	List<DossierEvent> timeline() {
		return events.stream()
			.sorted(Comparator.comparing(DossierEvent::getAt).thenComparing(DossierEvent::getType))
			.toList();
	}

	private void requireStatus(DossierStatus expected) {
		if (status != expected) {
			throw new IllegalStateException("Dossier " + id + " is " + status + ", not " + expected);
		}
	}

	private static String requireNote(@Nullable String note) {
		String text = optionalNote(note);
		if (text == null) {
			throw new IllegalArgumentException("A handover note is needed");
		}
		return text;
	}

	private static @Nullable String optionalNote(@Nullable String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		if (note.strip().length() > MAX_NOTE) {
			throw new IllegalArgumentException("Note too long");
		}
		return note.strip();
	}

	private void record(DossierEventType type, Instant now, @Nullable UUID actorId, @Nullable UUID referent,
			@Nullable Outcome outcome, @Nullable String note) {
		this.updatedAt = now;
		events.add(new DossierEvent(this, type, now, actorId, referent, outcome, note));
	}

	UUID getId() {
		return id;
	}

	UUID getBeneficiaryId() {
		return beneficiaryId;
	}

	UUID getStructureId() {
		return structureId;
	}

	UUID getSiteId() {
		return siteId;
	}

	DossierStatus getStatus() {
		return status;
	}

	@Nullable Outcome getOutcome() {
		return outcome;
	}

	@Nullable UUID getReferentId() {
		return referentId;
	}

	Situation getSituation() {
		return situation;
	}

	Set<Wish> getWishes() {
		return wishes;
	}

	Set<MeetingMode> getMeetingModes() {
		return meetingModes;
	}

	@Nullable String getAvailability() {
		return availability;
	}

	String getPostalCode() {
		return postalCode;
	}

	@Nullable String getCommune() {
		return commune;
	}

	@Nullable String getMessage() {
		return message;
	}

	@Nullable String getOrigin() {
		return origin;
	}

	Instant getRequestedAt() {
		return requestedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	@Nullable Instant getFirstHonouredAt() {
		return firstHonouredAt;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Dossier dossier && Objects.equals(id, dossier.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

}
