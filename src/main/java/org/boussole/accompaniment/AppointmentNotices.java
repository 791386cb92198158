package org.boussole.accompaniment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the notifications module may read of an appointment to tell the two people about
 * it, with its calendar entry.
 */
public interface AppointmentNotices {

	/**
	 * @return the appointment, or empty when unknown
	 */
	Optional<Notice> find(UUID appointmentId);

	/**
	 * An appointment as mails show it.
	 *
	 * @param place the site and its address (in person), the meeting link (video) or who
	 * calls whom at which number (phone, already in words), as shown to the two people
	 * @param cancelled whether it was cancelled
	 * @param calendar the iCalendar text of the entry (METHOD:REQUEST, or CANCEL when
	 * cancelled), with a UID that stays the same and an increasing SEQUENCE
	 */
	record Notice(UUID appointmentId, UUID dossierId, UUID beneficiaryId, UUID counsellorId, String counsellorName,
			String beneficiaryName, Instant start, Instant end, ZoneId zone, MeetingMode mode, String place,
			boolean cancelled, @Nullable String cancellationReason, String calendar) {
	}

	/**
	 * @return the proposal, or empty when unknown
	 */
	Optional<ProposalNotice> findProposal(UUID proposalId);

	/**
	 * Times proposed by the referent, as mails show them.
	 *
	 * @param times the times proposed, earliest first
	 * @param declineReason why the beneficiary declined them, once declined
	 */
	record ProposalNotice(UUID proposalId, UUID dossierId, UUID beneficiaryId, UUID counsellorId, String counsellorName,
			String beneficiaryName, List<ProposedTime> times, @Nullable String declineReason) {
	}

	/**
	 * One time of a proposal.
	 *
	 * @param place the site and its address (in person), or empty when remote
	 */
	record ProposedTime(Instant start, Instant end, ZoneId zone, MeetingMode mode, String place) {
	}

}
