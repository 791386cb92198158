package org.boussole.accompaniment.appointment;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.boussole.accompaniment.AppointmentNotices;
import org.boussole.accompaniment.MeetingMode;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.boussole.shared.BoussoleSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the notifications what they tell about an appointment, with its calendar entry.
 */
@Service
@Transactional(readOnly = true)
class AppointmentNoticeService implements AppointmentNotices {

	static final String BENEFICIARY_PATH = "/mon-accompagnement/rendez-vous/";

	private final AppointmentRepository appointments;

	private final AppointmentProposalRepository proposals;

	private final AccountManagement accounts;

	private final NetworkManagement network;

	private final BoussoleSettings settings;

	private final org.springframework.context.MessageSource messages;

	private final Clock clock;

	private final AccountNames names;

	AppointmentNoticeService(AccountNames names, AppointmentRepository appointments,
			AppointmentProposalRepository proposals, AccountManagement accounts, NetworkManagement network,
			BoussoleSettings settings, org.springframework.context.MessageSource messages, Clock clock) {
		this.names = names;
		this.messages = messages;
		this.proposals = proposals;
		this.appointments = appointments;
		this.accounts = accounts;
		this.network = network;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Optional<Notice> find(UUID appointmentId) {
		return appointments.findById(appointmentId).map(this::notice);
	}

	@Override
	public Optional<ProposalNotice> findProposal(UUID proposalId) {
		return proposals.findById(proposalId)
			.map(proposal -> new ProposalNotice(proposal.getId(), proposal.getDossierId(), proposal.getBeneficiaryId(),
					proposal.getCounsellorId(), name(proposal.getCounsellorId()), name(proposal.getBeneficiaryId()),
					proposal.getSlots()
						.stream()
						.map(slot -> new ProposedTime(slot.getStartAt(), slot.getEndAt(), slot.getZone(),
								slot.getMode(),
								slot.getSiteId() == null ? ""
										: network.findSite(slot.getSiteId())
											.map(AppointmentNoticeService::address)
											.orElse("")))
						.toList(),
					proposal.getDeclineReason()));
	}

	private Notice notice(Appointment appointment) {
		String counsellor = name(appointment.getCounsellorId());
		String place = place(appointment, network);
		// one calendar file for both people, titled in the beneficiary's language
		String title = messages.getMessage(AppointmentCalendar.ENTRY_TITLE, new Object[] { counsellor },
				AppointmentCalendar.locale(accounts.languageOf(appointment.getBeneficiaryId())));
		String calendar = AppointmentCalendar.of(appointment, title, place,
				settings.link(BENEFICIARY_PATH + appointment.getId()), clock.instant());
		return new Notice(appointment.getId(), appointment.getDossierId(), appointment.getBeneficiaryId(),
				appointment.getCounsellorId(), counsellor, name(appointment.getBeneficiaryId()),
				appointment.getStartAt(), appointment.getEndAt(), appointment.getZone(), appointment.getMode(), place,
				appointment.getStatus() == AppointmentStatus.CANCELLED, appointment.getCancellationReason(), calendar);
	}

	/**
	 * @return the site and its address, the meeting link, or the phone number
	 */
	static String place(Appointment appointment, NetworkManagement network) {
		if (appointment.getMode() == MeetingMode.VIDEO && appointment.getVideoLink() != null) {
			return appointment.getVideoLink();
		}
		if (appointment.getMode() == MeetingMode.PHONE && appointment.getPhoneNumber() != null) {
			return appointment.getPhoneNumber();
		}
		UUID siteId = appointment.getSiteId();
		return (siteId == null) ? "" : network.findSite(siteId).map(AppointmentNoticeService::address).orElse("");
	}

	static String address(SiteSummary site) {
		return site.name() + ", " + site.addressLine() + ", " + site.postalCode() + " " + site.commune();
	}

	private String name(UUID accountId) {
		return accounts.findById(accountId).map(this.names::of).orElse("");
	}

}
