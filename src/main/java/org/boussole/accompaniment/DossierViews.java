package org.boussole.accompaniment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.boussole.accompaniment.AccessLogEntry.Action;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.boussole.network.StructureSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages of the module show, gathered with one look-up of names per page. Opening
 * a dossier as staff is written to the access log.
 */
@Service
@Transactional(readOnly = true)
class DossierViews {

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

	private final DossierRepository dossiers;

	private final AccessLogRepository accessLog;

	private final DossierAccess access;

	private final DossierManagement management;

	private final NetworkManagement network;

	private final AccountManagement accounts;

	private final AccountNames names;

	DossierViews(AccountNames names, DossierRepository dossiers, AccessLogRepository accessLog, DossierAccess access,
			DossierManagement management, NetworkManagement network, AccountManagement accounts) {
		this.names = names;
		this.dossiers = dossiers;
		this.accessLog = accessLog;
		this.access = access;
		this.management = management;
		this.network = network;
		this.accounts = accounts;
	}

	/**
	 * @return the beneficiary's latest dossier (requested or open first), or
	 * {@literal null} if they have none
	 */
	@Nullable BeneficiaryView beneficiarySpace(CurrentUser user) {
		List<Dossier> own = dossiers.findByBeneficiaryIdOrderByRequestedAtDesc(user.id());
		Dossier dossier = own.stream().filter(Dossier::isActive).findFirst().orElse(own.isEmpty() ? null : own.get(0));
		if (dossier == null) {
			return null;
		}
		StructureSummary structure = network.findStructure(dossier.getStructureId()).orElse(null);
		ZoneId zone = structure == null ? DEFAULT_ZONE : structure.timeZone();
		Map<UUID, String> names = names(peopleOf(dossier));
		SiteSummary site = network.findSite(dossier.getSiteId()).orElse(null);
		UUID referent = dossier.getReferentId();
		return new BeneficiaryView(dossier.getId(), dossier.getStatus().messageKey(),
				dossier.getOutcome() == null ? null : dossier.getOutcome().messageKey(), nextStepKey(dossier),
				referent == null ? null : names.get(referent), structure == null ? null : structure.name(),
				structure == null ? null : structure.contactEmail(), site, at(dossier.getRequestedAt(), zone),
				timeline(dossier, names, zone, false), dossier.getStatus() == DossierStatus.CLOSED);
	}

	/**
	 * Opens a dossier as staff (referent or admin of its structure; otherwise 404) and
	 * logs the access.
	 */
	@Transactional
	StaffDossierView staffDossier(CurrentUser user, UUID dossierId) {
		DossierAccess.StaffGrant grant = access.staffGrant(user, dossierId);
		Dossier dossier = grant.dossier();
		management.log(dossier, user, Action.VIEW);
		boolean admin = grant.structureAdmin();
		StructureSummary structure = network.findStructure(dossier.getStructureId()).orElse(null);
		ZoneId zone = structure == null ? DEFAULT_ZONE : structure.timeZone();
		List<AccessLogEntry> log = admin ? accessLog.findTop100ByDossierIdOrderByAtDesc(dossierId) : List.of();
		List<UUID> counsellors = admin ? network.counsellorsOf(dossier.getStructureId()) : List.of();
		Set<UUID> people = peopleOf(dossier);
		log.forEach(entry -> people.add(entry.getActorId()));
		people.addAll(counsellors);
		Map<UUID, String> names = names(people);
		Map<UUID, Long> loads = management.openCaseloads(counsellors);
		AccountSummary beneficiary = accounts.findById(dossier.getBeneficiaryId()).orElse(null);
		return new StaffDossierView(dossier.getId(), dossier.getStatus(), dossier.getStatus().messageKey(),
				dossier.getOutcome() == null ? null : dossier.getOutcome().messageKey(),
				beneficiary == null ? "" : this.names.of(beneficiary), beneficiary == null ? "" : beneficiary.email(),
				request(dossier, zone), structure == null ? "" : structure.name(),
				dossier.getReferentId() == null ? null : names.get(dossier.getReferentId()), admin,
				counsellors.stream()
					.map(id -> new CounsellorOption(id, names.getOrDefault(id, ""), loads.get(id)))
					.toList(),
				timeline(dossier, names, zone, true),
				log.stream()
					.map(entry -> new AccessView(at(entry.getAt(), zone), names.getOrDefault(entry.getActorId(), ""),
							entry.getAction().messageKey()))
					.toList(),
				Outcome.values(), DossierParticipation.ofStaff(grant, zone));
	}

	/**
	 * @return the requested dossiers of the structures the user administers, with their
	 * counsellors' loads
	 */
	List<QueueView> queue(CurrentUser user) {
		List<StructureSummary> administered = network.administeredBy(user.id());
		if (administered.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = administered.stream().map(StructureSummary::id).toList();
		// one query for each thing the page shows, whatever the number of structures
		Map<UUID, List<UUID>> counsellors = network.counsellorsOf(ids);
		List<UUID> everyone = counsellors.values().stream().flatMap(List::stream).distinct().toList();
		Map<UUID, String> names = names(everyone);
		Map<UUID, Long> loads = management.openCaseloads(everyone);
		Set<UUID> automatic = management.automaticAmong(ids);
		Map<UUID, List<Dossier>> requested = dossiers
			.findByStructureIdInAndStatusOrderByRequestedAt(ids, DossierStatus.REQUESTED)
			.stream()
			// nobody is staff on their own dossier: another admin of the structure
			// assigns it
			.filter(dossier -> !dossier.getBeneficiaryId().equals(user.id()))
			.collect(Collectors.groupingBy(Dossier::getStructureId));
		List<QueueView> queues = new ArrayList<>();
		for (StructureSummary structure : administered) {
			List<RequestView> requests = requested.getOrDefault(structure.id(), List.of())
				.stream()
				.map(dossier -> new RequestView(dossier.getId(), request(dossier, structure.timeZone())))
				.toList();
			queues.add(new QueueView(structure.id(), structure.name(), automatic.contains(structure.id()), requests,
					counsellors.get(structure.id())
						.stream()
						.map(id -> new CounsellorOption(id, names.getOrDefault(id, ""), loads.get(id)))
						.toList()));
		}
		return queues;
	}

	private static @Nullable String nextStepKey(Dossier dossier) {
		return "accompaniment.next." + dossier.getStatus().name();
	}

	private RequestSummary request(Dossier dossier, ZoneId zone) {
		return new RequestSummary(at(dossier.getRequestedAt(), zone), dossier.getSituation().messageKey(),
				dossier.getWishes().stream().map(Wish::messageKey).toList(),
				dossier.getMeetingModes().stream().map(MeetingMode::messageKey).toList(), dossier.getAvailability(),
				dossier.getPostalCode(), dossier.getCommune(), dossier.getMessage(), dossier.getOrigin());
	}

	private static List<TimelineEntry> timeline(Dossier dossier, Map<UUID, String> names, ZoneId zone,
			boolean forStaff) {
		return dossier.timeline()
			.stream()
			// private notes of the team never reach the beneficiary, not even as an entry
			.filter(event -> forStaff || event.getType().isVisibleToBeneficiary())
			.map(event -> new TimelineEntry(event.getType().messageKey(), at(event.getAt(), zone),
					event.getActorId() == null ? null : names.get(event.getActorId()),
					event.getReferentId() == null ? null : names.get(event.getReferentId()),
					event.getOutcome() == null ? null : event.getOutcome().messageKey(),
					forStaff ? event.getNote() : null))
			.toList();
	}

	private static Set<UUID> peopleOf(Dossier dossier) {
		Set<UUID> people = new HashSet<>();
		people.add(dossier.getBeneficiaryId());
		for (DossierEvent event : dossier.timeline()) {
			if (event.getActorId() != null) {
				people.add(event.getActorId());
			}
			if (event.getReferentId() != null) {
				people.add(event.getReferentId());
			}
		}
		return people;
	}

	private Map<UUID, String> names(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return accounts.findAll(new HashSet<>(ids))
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, this.names::of, (a, b) -> a));
	}

	private static ZonedDateTime at(Instant instant, ZoneId zone) {
		return instant.atZone(zone);
	}

	record TimelineEntry(String typeKey, ZonedDateTime at, @Nullable String actorName, @Nullable String referentName,
			@Nullable String outcomeKey, @Nullable String note) {
	}

	record RequestSummary(ZonedDateTime requestedAt, String situationKey, List<String> wishKeys,
			List<String> meetingKeys, @Nullable String availability, String postalCode, @Nullable String commune,
			@Nullable String message, @Nullable String origin) {
	}

	record BeneficiaryView(UUID id, String statusKey, @Nullable String outcomeKey, @Nullable String nextStepKey,
			@Nullable String referentName, @Nullable String structureName, @Nullable String contactEmail,
			@Nullable SiteSummary site, ZonedDateTime requestedAt, List<TimelineEntry> timeline, boolean closed) {
	}

	record CounsellorOption(UUID id, String name, @Nullable Long openDossiers) {
	}

	record AccessView(ZonedDateTime at, String actorName, String actionKey) {
	}

	record StaffDossierView(UUID id, DossierStatus status, String statusKey, @Nullable String outcomeKey,
			String beneficiaryName, String beneficiaryEmail, RequestSummary request, String structureName,
			@Nullable String referentName, boolean structureAdmin, List<CounsellorOption> counsellors,
			List<TimelineEntry> timeline, List<AccessView> accessLog, Outcome[] outcomes,
			DossierParticipation.Participant participant) {

		public boolean requested() {
			return status == DossierStatus.REQUESTED;
		}

		public boolean open() {
			return status == DossierStatus.OPEN;
		}

		public boolean closed() {
			return status == DossierStatus.CLOSED;
		}

	}

	record RequestView(UUID id, RequestSummary request) {
	}

	record QueueView(UUID structureId, String structureName, boolean automatic, List<RequestView> requests,
			List<CounsellorOption> counsellors) {
	}

}
