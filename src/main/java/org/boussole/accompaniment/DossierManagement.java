package org.boussole.accompaniment;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.boussole.accompaniment.AccessLogEntry.Action;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NearbySite;
import org.boussole.network.NetworkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of dossiers: a request routed to the structure of the nearest site (and given
 * at once to the counsellor with the lightest caseload where the structure chose so),
 * assignment, change of referent, closing and reopening. Each staff action checks that
 * the person may act on that dossier and is written to the access log.
 */
@Service
@Transactional
class DossierManagement {

	private final DossierRepository dossiers;

	private final AssignmentSettingRepository settings;

	private final AccessLogRepository accessLog;

	private final DossierAccess access;

	private final NetworkManagement network;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccountNames names;

	DossierManagement(AccountNames names, DossierRepository dossiers, AssignmentSettingRepository settings,
			AccessLogRepository accessLog, DossierAccess access, NetworkManagement network, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.names = names;
		this.dossiers = dossiers;
		this.settings = settings;
		this.accessLog = accessLog;
		this.access = access;
		this.network = network;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return the requested or open dossier of that beneficiary, if any
	 */
	@Transactional(readOnly = true)
	Optional<Dossier> activeDossierOf(UUID beneficiaryId) {
		return dossiers.findFirstByBeneficiaryIdAndStatusInOrderByRequestedAtDesc(beneficiaryId,
				EnumSet.of(DossierStatus.REQUESTED, DossierStatus.OPEN));
	}

	/**
	 * Stores the request of a person who has an account, routed to the structure of the
	 * nearest site.
	 * @return the new dossier's id
	 * @throws UnknownPlace when no site can be found for the postal code
	 * @throws IllegalStateException when the person already has a requested or open
	 * dossier
	 */
	UUID request(UUID beneficiaryId, RequestDetails details) {
		NearbySite site = route(details.postalCode());
		if (activeDossierOf(beneficiaryId).isPresent()) {
			throw new IllegalStateException("Already a dossier in progress");
		}
		Dossier dossier = dossiers.save(
				Dossier.request(beneficiaryId, site.site().structureId(), site.site().id(), details, clock.instant()));
		events.publishEvent(new DossierEvents.DossierRequested(dossier.getId(), dossier.getStructureId(), beneficiaryId,
				details.origin()));
		assignAutomatically(dossier);
		return dossier.getId();
	}

	/**
	 * Creates the account of a person who has none and stores their request with it, in
	 * one transaction. An address that already has an account gets nothing and no request
	 * is stored (the answer is the same).
	 * @return the new dossier's id, or empty when the address already had an account
	 * @param clientAddress where the request comes from: the limits of the sign-up page
	 * apply
	 * @throws UnknownPlace when no site can be found for the postal code (nothing is
	 * created)
	 * @throws org.boussole.accounts.SignUpLimitReached when too many sign-ups came from
	 * that client address (nothing is created)
	 */
	Optional<UUID> requestWithNewAccount(String email, String displayName, String rawPassword, Locale locale,
			RequestDetails details, String clientAddress) {
		route(details.postalCode());
		return accounts.signUp(email, displayName, rawPassword, locale, clientAddress).map(id -> request(id, details));
	}

	/**
	 * An admin of the dossier's structure gives a requested dossier to one of the
	 * structure's counsellors.
	 */
	void assign(CurrentUser user, UUID dossierId, @Nullable UUID counsellorId) {
		Dossier dossier = access.forStructureAdmin(user, dossierId);
		UUID counsellor = requireCounsellorOf(dossier, counsellorId);
		dossier.assign(counsellor, user.id(), clock.instant());
		log(dossier, user, Action.ASSIGN);
		announce(dossier, false);
	}

	/**
	 * An admin of the dossier's structure hands an open dossier over to another
	 * counsellor, with a note.
	 */
	void changeReferent(CurrentUser user, UUID dossierId, @Nullable UUID counsellorId, @Nullable String note) {
		Dossier dossier = access.forStructureAdmin(user, dossierId);
		UUID counsellor = requireCounsellorOf(dossier, counsellorId);
		dossier.changeReferent(counsellor, user.id(), note, clock.instant());
		log(dossier, user, Action.CHANGE_REFERENT);
		announce(dossier, true);
	}

	/**
	 * The referent or an admin of the structure closes an open dossier with its outcome.
	 */
	void close(CurrentUser user, UUID dossierId, @Nullable Outcome outcome, @Nullable String note) {
		Dossier dossier = access.forStaff(user, dossierId);
		if (outcome == null) {
			throw new IllegalArgumentException("An outcome is needed");
		}
		dossier.close(outcome, user.id(), note, clock.instant());
		log(dossier, user, Action.CLOSE);
	}

	/**
	 * The referent or an admin of the structure reopens a closed dossier; when its
	 * referent no longer works there as a counsellor, it goes back to the queue.
	 */
	void reopen(CurrentUser user, UUID dossierId) {
		Dossier dossier = access.forStaff(user, dossierId);
		dossier.reopen(user.id(), clock.instant());
		UUID referent = dossier.getReferentId();
		if (referent != null && !network.isCounsellor(referent, dossier.getStructureId())) {
			dossier.returnToQueue(null, clock.instant());
		}
		log(dossier, user, Action.REOPEN);
	}

	/** An admin of the structure turns automatic assignment of new dossiers on or off. */
	void setAutomaticAssignment(CurrentUser user, UUID structureId, boolean automatic) {
		if (!network.isStructureAdmin(user.id(), structureId)) {
			throw DossierAccess.notFound();
		}
		settings.findById(structureId)
			.ifPresentOrElse(setting -> setting.change(automatic, user.id(), clock.instant()),
					() -> settings.save(new AssignmentSetting(structureId, automatic, user.id(), clock.instant())));
	}

	@Transactional(readOnly = true)
	boolean isAutomatic(UUID structureId) {
		return settings.findById(structureId).map(AssignmentSetting::isAutomatic).orElse(false);
	}

	/**
	 * @return those of the structures that assign their new dossiers automatically
	 */
	@Transactional(readOnly = true)
	Set<UUID> automaticAmong(List<UUID> structureIds) {
		Set<UUID> automatic = new HashSet<>();
		settings.findAllById(structureIds)
			.stream()
			.filter(AssignmentSetting::isAutomatic)
			.forEach(setting -> automatic.add(setting.getStructureId()));
		return automatic;
	}

	/**
	 * @return the number of open dossiers of each counsellor (zero included), in the
	 * order given
	 */
	@Transactional(readOnly = true)
	Map<UUID, Long> openCaseloads(List<UUID> counsellors) {
		Map<UUID, Long> counts = new HashMap<>();
		counsellors.forEach(id -> counts.put(id, 0L));
		if (!counsellors.isEmpty()) {
			for (Object[] row : dossiers.countOpenByReferent(counsellors)) {
				counts.put((UUID) row[0], (Long) row[1]);
			}
		}
		return counts;
	}

	void log(Dossier dossier, CurrentUser user, Action action) {
		log(dossier, user.id(), action);
	}

	void log(Dossier dossier, UUID actorId, Action action) {
		accessLog.save(new AccessLogEntry(dossier, actorId, action, clock.instant()));
	}

	private NearbySite route(String postalCode) {
		return network.nearestSite(postalCode).orElseThrow(() -> new UnknownPlace(postalCode));
	}

	/**
	 * Gives a dossier of the queue to the counsellor with the lightest caseload, when its
	 * structure assigns its new dossiers automatically.
	 */
	void assignAutomatically(Dossier dossier) {
		if (!isAutomatic(dossier.getStructureId())) {
			return;
		}
		List<UUID> counsellors = network.counsellorsOf(dossier.getStructureId())
			.stream()
			.filter(counsellor -> !counsellor.equals(dossier.getBeneficiaryId()))
			.toList();
		Map<UUID, Long> loads = openCaseloads(counsellors);
		// the lightest caseload; on a tie, the longest-serving counsellor (the order of
		// counsellorsOf)
		counsellors.stream().reduce((a, b) -> loads.get(b) < loads.get(a) ? b : a).ifPresent(counsellor -> {
			dossier.assign(counsellor, null, clock.instant());
			announce(dossier, false);
		});
	}

	/**
	 * @return the counsellor, when they hold a current counsellor membership of the
	 * dossier's structure and are not its beneficiary (nobody is staff on their own
	 * dossier)
	 * @throws IllegalArgumentException otherwise
	 */
	private UUID requireCounsellorOf(Dossier dossier, @Nullable UUID counsellorId) {
		if (counsellorId == null || counsellorId.equals(dossier.getBeneficiaryId())
				|| !network.isCounsellor(counsellorId, dossier.getStructureId())) {
			throw new IllegalArgumentException("Not a counsellor of the dossier's structure");
		}
		return counsellorId;
	}

	void announce(Dossier dossier, boolean handover) {
		UUID referent = dossier.getReferentId();
		String referentName = referent == null ? "" : accounts.findById(referent).map(this.names::of).orElse("");
		String structureName = network.findStructure(dossier.getStructureId()).map(s -> s.name()).orElse("");
		events.publishEvent(new DossierEvents.DossierAssigned(dossier.getId(), dossier.getBeneficiaryId(), referentName,
				structureName, handover));
	}

}
