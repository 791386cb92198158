package org.boussole.accompaniment;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountNames;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.network.NetworkManagement;
import org.boussole.network.StructureSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * What the admins of a structure see of their team: each counsellor's load (one grouped
 * query for all their structures) and the log of staff access to the structures'
 * dossiers.
 */
@Service
@Transactional(readOnly = true)
class TeamViews {

	/** The period of "closed recently". */
	static final Duration RECENT = Duration.ofDays(90);

	static final int ACCESS_PAGE_SIZE = 50;

	private static final String LOADS = """
			select d.structure_id, d.referent_id,
				count(*) filter (where d.status = 'OPEN') as open,
				count(*) filter (where d.status = 'CLOSED' and d.updated_at >= :since) as closed_recently,
				coalesce(sum(u.unread), 0) as unread
			from accompaniment.dossier d
			left join (select m.dossier_id, count(*) as unread from accompaniment.message m
				where m.from_beneficiary and m.read_at is null group by m.dossier_id) u on u.dossier_id = d.id
			where d.structure_id in (:structures) and d.referent_id is not null
			group by d.structure_id, d.referent_id
			""";

	private static final String UNASSIGNED = """
			select d.structure_id, count(*) from accompaniment.dossier d
			where d.structure_id in (:structures) and d.status = 'REQUESTED' group by d.structure_id
			""";

	private final EntityManager entityManager;

	private final NetworkManagement network;

	private final AccountManagement accounts;

	private final Clock clock;

	private final AccountNames names;

	TeamViews(AccountNames names, EntityManager entityManager, NetworkManagement network, AccountManagement accounts,
			Clock clock) {
		this.names = names;
		this.entityManager = entityManager;
		this.network = network;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * @return the structures the user administers, by name
	 */
	List<StructureSummary> administered(CurrentUser user) {
		return network.administeredBy(user.id());
	}

	/**
	 * @return for each structure the user administers, its counsellors' loads (and those
	 * of former counsellors who still follow dossiers) and its unassigned requests
	 */
	List<TeamView> team(CurrentUser user) {
		List<StructureSummary> structures = administered(user);
		if (structures.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = structures.stream().map(StructureSummary::id).toList();
		Map<UUID, Map<UUID, Load>> loads = loads(ids);
		Map<UUID, Long> unassigned = unassigned(ids);
		Map<UUID, List<UUID>> counsellors = network.counsellorsOf(ids);
		Set<UUID> people = new HashSet<>();
		for (UUID id : ids) {
			people.addAll(counsellors.get(id));
			people.addAll(loads.getOrDefault(id, Map.of()).keySet());
		}
		Map<UUID, String> names = names(people);
		List<TeamView> views = new ArrayList<>();
		for (StructureSummary structure : structures) {
			Map<UUID, Load> ofStructure = loads.getOrDefault(structure.id(), Map.of());
			List<UUID> current = counsellors.get(structure.id());
			Set<UUID> all = new LinkedHashSet<>(current);
			all.addAll(ofStructure.keySet());
			List<CounsellorLoad> rows = all.stream()
				.map(id -> new CounsellorLoad(id, names.getOrDefault(id, ""), current.contains(id),
						ofStructure.getOrDefault(id, Load.NONE)))
				.toList();
			views
				.add(new TeamView(structure.id(), structure.name(), unassigned.getOrDefault(structure.id(), 0L), rows));
		}
		return views;
	}

	/**
	 * @param page from 1
	 * @return the access log of the structures the user administers, newest first
	 */
	AccessPage accessLog(CurrentUser user, int page) {
		List<UUID> ids = administered(user).stream().map(StructureSummary::id).toList();
		if (ids.isEmpty()) {
			return new AccessPage(List.of(), 1, 1);
		}
		long total = entityManager
			.createQuery("select count(a) from AccessLogEntry a where a.structureId in :structures", Long.class)
			.setParameter("structures", ids)
			.getSingleResult();
		List<AccessLogEntry> entries = entityManager
			.createQuery("select a from AccessLogEntry a where a.structureId in :structures order by a.at desc, a.id",
					AccessLogEntry.class)
			.setParameter("structures", ids)
			.setFirstResult((page - 1) * ACCESS_PAGE_SIZE)
			.setMaxResults(ACCESS_PAGE_SIZE)
			.getResultList();
		Map<UUID, UUID> beneficiaries = beneficiaries(entries.stream().map(AccessLogEntry::getDossierId).toList());
		Set<UUID> people = new HashSet<>(beneficiaries.values());
		entries.forEach(entry -> people.add(entry.getActorId()));
		Map<UUID, String> names = names(people);
		List<AccessRow> rows = entries.stream()
			.map(entry -> new AccessRow(entry.getAt().atZone(CaseloadSearch.ZONE),
					names.getOrDefault(entry.getActorId(), ""), entry.getDossierId(),
					names.getOrDefault(beneficiaries.get(entry.getDossierId()), ""), entry.getAction().messageKey()))
			.toList();
		int pages = (int) Math.max(1, (total + ACCESS_PAGE_SIZE - 1) / ACCESS_PAGE_SIZE);
		return new AccessPage(rows, page, pages);
	}

	private Map<UUID, Map<UUID, Load>> loads(List<UUID> structures) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = entityManager.createNativeQuery(LOADS)
			.setParameter("structures", structures)
			.setParameter("since", OffsetDateTime.ofInstant(clock.instant().minus(RECENT), CaseloadSearch.ZONE))
			.getResultList();
		Map<UUID, Map<UUID, Load>> loads = new HashMap<>();
		for (Object[] row : rows) {
			loads.computeIfAbsent((UUID) row[0], id -> new HashMap<>())
				.put((UUID) row[1], new Load(number(row[2]), number(row[3]), number(row[4])));
		}
		return loads;
	}

	private Map<UUID, Long> unassigned(List<UUID> structures) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = entityManager.createNativeQuery(UNASSIGNED)
			.setParameter("structures", structures)
			.getResultList();
		Map<UUID, Long> counts = new HashMap<>();
		rows.forEach(row -> counts.put((UUID) row[0], number(row[1])));
		return counts;
	}

	private Map<UUID, UUID> beneficiaries(Collection<UUID> dossierIds) {
		if (dossierIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, UUID> owners = new HashMap<>();
		entityManager.createQuery("select d.id, d.beneficiaryId from Dossier d where d.id in :ids", Object[].class)
			.setParameter("ids", new HashSet<>(dossierIds))
			.getResultList()
			.forEach(row -> owners.put((UUID) row[0], (UUID) row[1]));
		return owners;
	}

	private Map<UUID, String> names(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return accounts.findAll(new HashSet<>(ids))
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, this.names::of, (a, b) -> a));
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	/** A counsellor's dossiers in one structure. */
	record Load(long open, long closedRecently, long unread) {

		static final Load NONE = new Load(0, 0, 0);

	}

	/**
	 * @param member whether they still are a counsellor of the structure
	 */
	record CounsellorLoad(UUID id, String name, boolean member, Load load) {
	}

	record TeamView(UUID structureId, String structureName, long unassigned, List<CounsellorLoad> counsellors) {
	}

	record AccessRow(ZonedDateTime at, String actorName, UUID dossierId, String beneficiaryName, String actionKey) {
	}

	record AccessPage(List<AccessRow> rows, int page, int pages) {

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}

	}

}
