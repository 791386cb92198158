package org.boussole.accompaniment;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.boussole.accompaniment.AccessLogEntry.Action;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.boussole.network.StructureSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in the conversation of a dossier, for the messages of the module: the
 * beneficiary and the referent write; an admin of the dossier's structure who is not the
 * referent may read but not write. Anyone else is told the dossier does not exist (404).
 * Also notes messages on the timeline and staff access in the access log.
 */
@Service
@Transactional
public class DossierParticipation {

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

	private final DossierRepository dossiers;

	private final DossierAccess access;

	private final DossierManagement management;

	private final NetworkManagement network;

	private final Clock clock;

	DossierParticipation(DossierRepository dossiers, DossierAccess access, DossierManagement management,
			NetworkManagement network, Clock clock) {
		this.dossiers = dossiers;
		this.access = access;
		this.management = management;
		this.network = network;
		this.clock = clock;
	}

	/** The place of the current user in a dossier's conversation. */
	public enum Side {

		/** the person followed: writes while the dossier is open */
		BENEFICIARY,
		/** the referent counsellor: writes while the dossier is open */
		REFERENT,
		/** an admin of the structure who is not the referent: reads only */
		OBSERVER

	}

	/**
	 * A dossier as the conversation needs it.
	 *
	 * @param referentId {@literal null} while the dossier waits for a referent
	 * @param open whether the dossier is open (requested and closed dossiers take no new
	 * message)
	 * @param side the place of the person who asked
	 * @param zone the time zone of the dossier's structure
	 */
	public record Participant(UUID dossierId, UUID beneficiaryId, @Nullable UUID referentId, String statusKey,
			boolean open, Side side, ZoneId zone) {

		/**
		 * @return whether this person may write now
		 */
		public boolean mayWrite() {
			return open && referentId != null && side != Side.OBSERVER;
		}

		/**
		 * @return the other party of a message written by this person, or {@literal null}
		 * when there is none (no referent yet)
		 */
		public @Nullable UUID recipient() {
			return side == Side.BENEFICIARY ? referentId : beneficiaryId;
		}

	}

	/**
	 * @return the dossier shown in the beneficiary's space (the one in progress, or else
	 * the latest), if they have any
	 */
	@Transactional(readOnly = true)
	public Optional<Participant> currentOf(UUID beneficiaryId) {
		List<Dossier> own = dossiers.findByBeneficiaryIdOrderByRequestedAtDesc(beneficiaryId);
		return own.stream()
			.filter(Dossier::isActive)
			.findFirst()
			.or(() -> own.stream().findFirst())
			.map(dossier -> participant(dossier, Side.BENEFICIARY));
	}

	/**
	 * @return the dossier if it belongs to the beneficiary logged in; otherwise 404
	 */
	@Transactional(readOnly = true)
	public Participant asBeneficiary(CurrentUser user, UUID dossierId) {
		Dossier dossier = dossiers.findById(dossierId)
			.filter(found -> found.getBeneficiaryId().equals(user.id()))
			.orElseThrow(DossierAccess::notFound);
		return participant(dossier, Side.BENEFICIARY);
	}

	/**
	 * @return the dossier if the staff member is its referent or an admin of its
	 * structure; otherwise 404
	 */
	@Transactional(readOnly = true)
	public Participant asStaff(CurrentUser user, UUID dossierId) {
		DossierAccess.StaffGrant grant = access.staffGrant(user, dossierId);
		return participant(grant.dossier(), grant.referent() ? Side.REFERENT : Side.OBSERVER);
	}

	/**
	 * @return whether the person is a current counsellor of the dossier's structure and
	 * not its beneficiary (for the appointments they hold in it, which may predate a
	 * change of referent)
	 */
	@Transactional(readOnly = true)
	public boolean isCounsellorOfStructure(CurrentUser user, UUID dossierId) {
		return dossiers.findById(dossierId)
			.filter(dossier -> !dossier.getBeneficiaryId().equals(user.id()))
			.map(dossier -> network.isCounsellor(user.id(), dossier.getStructureId()))
			.orElse(false);
	}

	/**
	 * Notes a message on the dossier's timeline, without its content.
	 * @throws IllegalStateException unless the dossier is open
	 */
	public void recordMessage(UUID dossierId, UUID authorId) {
		dossiers.findById(dossierId).orElseThrow(DossierAccess::notFound).recordMessage(authorId, clock.instant());
	}

	/**
	 * Notes on the timeline that a staff member wrote a note or shared a summary, without
	 * its text; a private note is never shown on the beneficiary's timeline.
	 * @throws IllegalStateException unless the dossier is open
	 */
	public void recordNote(UUID dossierId, UUID authorId, boolean shared) {
		dossiers.findById(dossierId).orElseThrow(DossierAccess::notFound).recordNote(authorId, shared, clock.instant());
	}

	/**
	 * What a staff member did with the messages or notes of a dossier, for the access
	 * log.
	 */
	public enum StaffAccess {

		READ_MESSAGES, SEND_MESSAGE, DOWNLOAD, WRITE_NOTE

	}

	/** Writes a staff member's access to the messages of a dossier in the access log. */
	public void logStaffAccess(CurrentUser user, UUID dossierId, StaffAccess what) {
		Dossier dossier = dossiers.findById(dossierId).orElseThrow(DossierAccess::notFound);
		management.log(dossier, user, Action.valueOf(what.name()));
	}

	private Participant participant(Dossier dossier, Side side) {
		ZoneId zone = network.findStructure(dossier.getStructureId())
			.map(StructureSummary::timeZone)
			.orElse(DEFAULT_ZONE);
		return participant(dossier, side, zone);
	}

	/**
	 * @return the place of a staff member in a dossier already checked for them (see
	 * {@link DossierAccess#staffGrant}), in the time zone of its structure
	 */
	static Participant ofStaff(DossierAccess.StaffGrant grant, ZoneId zone) {
		return participant(grant.dossier(), grant.referent() ? Side.REFERENT : Side.OBSERVER, zone);
	}

	private static Participant participant(Dossier dossier, Side side, ZoneId zone) {
		return new Participant(dossier.getId(), dossier.getBeneficiaryId(), dossier.getReferentId(),
				dossier.getStatus().messageKey(), dossier.getStatus() == DossierStatus.OPEN, side, zone);
	}

}
