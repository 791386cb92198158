package org.boussole.accompaniment;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/**
 * The caseload of one counsellor in one SQL query per list: each dossier with its
 * beneficiary's name and e-mail, its dates, its unread messages and why it needs action,
 * filtered, sorted and cut into pages by the database. A dossier needs action when the
 * beneficiary wrote and the referent has not read it, or, while it is open, when the
 * referent has not opened it since it was given to them, or when they have had no contact
 * with the person (message or shared summary) for {@link #NO_CONTACT}, or when other
 * modules tell through {@link DossierAttention} that something waits (an activity past
 * its due date, or sent and not reviewed yet): what they tell is passed to the query as
 * lists of ids.
 * <p>
 * The name and e-mail are read from the accounts module's table (read only), so that the
 * caseload never keeps a copy of them: a closed account's name is erased, and the page
 * shows « Compte fermé » from the message bundles instead.
 */
@Component
@Transactional(readOnly = true)
class CaseloadSearch {

	/** Without contact for this long, an open dossier needs action. */
	static final Duration NO_CONTACT = Duration.ofDays(14);

	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final UUID NO_DOSSIER = new UUID(0, 0);

	private static final String QUERY = """
			with base as (
				select d.id, d.status, d.outcome, d.postal_code, d.commune, d.updated_at,
					coalesce(u.display_name, '') as name, coalesce(u.email, '') as email,
					(select min(e.at) from accompaniment.dossier_event e
						where e.dossier_id = d.id and e.type = 'ASSIGNED') as opened_at,
					(select max(e.at) from accompaniment.dossier_event e
						where e.dossier_id = d.id and e.type in ('ASSIGNED', 'REFERENT_CHANGED')
						and e.referent_id = d.referent_id) as given_at,
					(select count(*) from accompaniment.message m
						where m.dossier_id = d.id and m.from_beneficiary and m.read_at is null) as unread,
					greatest((select max(m.sent_at) from accompaniment.message m
							where m.dossier_id = d.id and not m.from_beneficiary),
						(select max(n.written_at) from accompaniment.note n
							where n.dossier_id = d.id and n.shared)) as last_contact
				from accompaniment.dossier d
				left join accounts.person_directory u on u.id = d.beneficiary_id
				where d.referent_id = :counsellor %s
			), flagged as (
				select b.*,
					(b.status = 'OPEN' and not exists (select 1 from accompaniment.access_log a
						where a.dossier_id = b.id and a.actor_id = :counsellor and a.action = 'VIEW'
						and a.at >= coalesce(b.given_at, b.opened_at, b.updated_at))) as not_seen,
					(b.status = 'OPEN'
						and coalesce(b.last_contact, b.given_at, b.opened_at, b.updated_at) < :quietSince) as no_contact,
					(b.status = 'OPEN' and b.id in (:overdue)) as activity_overdue,
					(b.status = 'OPEN' and b.id in (:toReview)) as activity_to_review
				from base b
			), listed as (
				select f.*, (f.unread > 0 or f.not_seen or f.no_contact or f.activity_overdue
					or f.activity_to_review) as needs_action from flagged f
			)
			select l.*, count(*) over () as total from listed l
			where true %s
			order by %s
			limit :limit offset :offset
			""";

	private final EntityManager entityManager;

	CaseloadSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * @param structures when not {@literal null}, only the dossiers of these structures
	 * (an admin looking at a counsellor's caseload)
	 */
	CaseloadPage page(UUID counsellor, @Nullable Collection<UUID> structures, CaseloadFilter filter, Instant now,
			Map<UUID, DossierAttention.Attention> attention) {
		StringBuilder where = new StringBuilder();
		if (filter.status() != null) {
			where.append(" and l.status = :status");
		}
		if (filter.needsAction()) {
			where.append(" and l.needs_action");
		}
		if (!filter.text().isEmpty()) {
			where.append(" and (accompaniment.fold(l.name) like ('%' || accompaniment.fold(:text) || '%') escape '!'")
				.append(" or accompaniment.fold(l.email) like ('%' || accompaniment.fold(:text) || '%') escape '!')");
		}
		Query query = query(structures, where.toString(), order(filter.sort()), counsellor, now, attention);
		if (filter.status() != null) {
			query.setParameter("status", filter.status().name());
		}
		if (!filter.text().isEmpty()) {
			query.setParameter("text", likeEscaped(filter.text()));
		}
		query.setParameter("limit", CaseloadFilter.PAGE_SIZE);
		query.setParameter("offset", (filter.page() - 1) * CaseloadFilter.PAGE_SIZE);
		return page(rows(query), filter.page());
	}

	/**
	 * @return the dossiers that need action, the longest without activity first, at most
	 * {@code limit}, with how many there are in all
	 */
	CaseloadPage needingAction(UUID counsellor, @Nullable Collection<UUID> structures, int limit, Instant now,
			Map<UUID, DossierAttention.Attention> attention) {
		Query query = query(structures, " and l.needs_action", "l.updated_at, l.id", counsellor, now, attention);
		query.setParameter("limit", limit);
		query.setParameter("offset", 0);
		return page(rows(query), 1);
	}

	private Query query(@Nullable Collection<UUID> structures, String where, String order, UUID counsellor, Instant now,
			Map<UUID, DossierAttention.Attention> attention) {
		String scope = structures == null ? "" : " and d.structure_id in (:structures)";
		Query query = entityManager.createNativeQuery(QUERY.formatted(scope, where, order), Tuple.class);
		if (structures != null) {
			query.setParameter("structures", structures);
		}
		query.setParameter("counsellor", counsellor);
		query.setParameter("quietSince", OffsetDateTime.ofInstant(now.minus(NO_CONTACT), ZONE));
		query.setParameter("overdue", ids(attention, a -> a.overdue() > 0));
		query.setParameter("toReview", ids(attention, a -> a.awaitingReview() > 0));
		return query;
	}

	/** The dossiers where the attention matches, never empty (an id no dossier has). */
	private static List<UUID> ids(Map<UUID, DossierAttention.Attention> attention,
			Predicate<DossierAttention.Attention> matching) {
		List<UUID> ids = new ArrayList<>();
		ids.add(NO_DOSSIER);
		attention.forEach((id, a) -> {
			if (matching.test(a)) {
				ids.add(id);
			}
		});
		return ids;
	}

	private static String order(CaseloadFilter.Sort sort) {
		switch (sort) {
			case NOM:
				return "accompaniment.fold(l.name), l.id";
			case OUVERTURE:
				return "l.opened_at desc nulls last, l.id";
			case STATUT:
				return "case l.status when 'REQUESTED' then 0 when 'OPEN' then 1 else 2 end, l.updated_at desc, l.id";
			default:
				return "l.updated_at desc, l.id";
		}
	}

	/** The text searched, with the wildcards of LIKE taken literally ("!" escapes). */
	static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	@SuppressWarnings("unchecked")
	private static List<Tuple> rows(Query query) {
		return query.getResultList();
	}

	private static CaseloadPage page(List<Tuple> tuples, int page) {
		long total = tuples.isEmpty() ? 0 : ((Number) tuples.get(0).get("total")).longValue();
		List<CaseloadRow> rows = tuples.stream().map(CaseloadSearch::row).toList();
		return new CaseloadPage(rows, total, page,
				(int) Math.max(1, (total + CaseloadFilter.PAGE_SIZE - 1) / CaseloadFilter.PAGE_SIZE));
	}

	private static CaseloadRow row(Tuple t) {
		DossierStatus status = DossierStatus.valueOf((String) t.get("status"));
		String outcome = (String) t.get("outcome");
		return new CaseloadRow((UUID) t.get("id"), status, status.messageKey(),
				outcome == null ? null : Outcome.valueOf(outcome).messageKey(), (String) t.get("name"),
				(String) t.get("email"), (String) t.get("postal_code"), (String) t.get("commune"),
				at(t.get("updated_at")), t.get("opened_at") == null ? null : at(t.get("opened_at")),
				((Number) t.get("unread")).longValue(), Boolean.TRUE.equals(t.get("not_seen")),
				Boolean.TRUE.equals(t.get("no_contact")), Boolean.TRUE.equals(t.get("activity_overdue")),
				Boolean.TRUE.equals(t.get("activity_to_review")), Boolean.TRUE.equals(t.get("needs_action")));
	}

	private static ZonedDateTime at(@Nullable Object value) {
		Instant instant;
		if (value instanceof Instant i) {
			instant = i;
		}
		else if (value instanceof OffsetDateTime o) {
			instant = o.toInstant();
		}
		else if (value instanceof ZonedDateTime z) {
			instant = z.toInstant();
		}
		else if (value instanceof Timestamp ts) {
			instant = ts.toInstant();
		}
		else {
			throw new IllegalStateException("Not a date: " + value);
		}
		return instant.atZone(ZONE);
	}

	/**
	 * One dossier of the list, as the caseload shows it.
	 *
	 * @param name the beneficiary's name, empty when they closed their account (the page
	 * shows « Compte fermé » then)
	 */
	record CaseloadRow(UUID id, DossierStatus status, String statusKey, @Nullable String outcomeKey, String name,
			String email, String postalCode, @Nullable String commune, ZonedDateTime lastActivity,
			@Nullable ZonedDateTime openedAt, long unread, boolean notSeen, boolean noContact, boolean activityOverdue,
			boolean activityToReview, boolean needsAction) {

		/**
		 * @return whether the beneficiary's name was erased (account closed)
		 */
		public boolean nameErased() {
			return name.isBlank();
		}

	}

	/** One page of the list, with the number of dossiers and pages of the whole list. */
	record CaseloadPage(List<CaseloadRow> rows, long total, int page, int pages) {

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}

	}

}
