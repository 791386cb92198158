package org.boussole.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.boussole.accompaniment.DossierAttention;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the caseload which dossiers have activities past their due date or waiting for
 * review, in one query for a whole page of dossiers. An accepted living plan with a step
 * still to do (or in progress) whose date is past counts as overdue too.
 */
@Component
class ActivityAttention implements DossierAttention {

	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ActivityAttention(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Map<UUID, Attention> attentionFor(Collection<UUID> dossierIds) {
		Map<UUID, Attention> attention = new HashMap<>();
		if (dossierIds.isEmpty()) {
			return attention;
		}
		query("dossier_id = any (?)", attention, dossierIds.toArray(UUID[]::new));
		return attention;
	}

	/**
	 * Reads the dossiers of the referent from {@code accompaniment.dossier} (id and
	 * referent only, read only), so that the caseload needs a single statement.
	 */
	@Override
	public Map<UUID, Attention> attentionForReferent(UUID referentId) {
		Map<UUID, Attention> attention = new HashMap<>();
		query("dossier_id in (select d.id from accompaniment.dossier d where d.referent_id = ?)", attention,
				referentId);
		return attention;
	}

	private void query(String dossiers, Map<UUID, Attention> attention, Object dossierParameter) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		jdbc.query("""
				select dossier_id,
				count(*) filter (where (status in ('TO_DO', 'MORE_ASKED') and due_date < ?)
					or (status = 'ACCEPTED' and exists (
						select 1 from jsonb_each(answers::jsonb) answer,
						jsonb_array_elements(case when jsonb_typeof(answer.value) = 'array' then answer.value
							else '[]'::jsonb end) step
						where jsonb_typeof(step) = 'object' and step ->> 'status' in ('TODO', 'IN_PROGRESS')
						and step ->> 'date' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' and step ->> 'date' < ?))) as overdue,
				count(*) filter (where status = 'SUBMITTED') as waiting
				from activity.activity
				where (status in ('TO_DO', 'MORE_ASKED', 'SUBMITTED') or (status = 'ACCEPTED' and living)) and %s
				group by dossier_id""".formatted(dossiers), rs -> {
			Attention found = new Attention(rs.getInt("overdue"), rs.getInt("waiting"));
			if (found.needsAction()) {
				attention.put(rs.getObject("dossier_id", UUID.class), found);
			}
		}, today, today.toString(), dossierParameter);
	}

}
