package org.boussole.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lists what visitors can read, as plain text, for the modules that index or count it:
 * the current job fiches with all their titles, the guides online and the upcoming
 * published events.
 */
@Component
public class ContentListing {

	/**
	 * A job title (appellation) of a fiche.
	 *
	 * @param main whether it is the main title of the fiche
	 * @param rarelyUsed whether the ROME marks it as rarely used
	 */
	public record JobTitle(String label, boolean main, boolean rarelyUsed) {
	}

	/**
	 * A current job fiche.
	 *
	 * @param parentCode the code of the main fiche it belongs to (its own code for a main
	 * fiche)
	 */
	public record JobListing(String code, String label, String parentCode, String domainCode, String domainLabel,
			String definition, String access, List<JobTitle> titles, Instant updatedAt) {

		public boolean isMain() {
			return code.equals(parentCode);
		}

	}

	/** A guide as visitors read it; the territory is FRANCE, GENEVE or FRANCE_GENEVE. */
	public record GuideListing(String slug, String title, String summary, String body, String territory,
			Instant publishedAt) {
	}

	/** A published event that has not ended yet. */
	public record EventListing(String id, String title, String description, Instant startsAt, Instant updatedAt) {
	}

	private final JdbcTemplate jdbc;

	ContentListing(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the current fiches in code order, never {@literal null}
	 */
	public List<JobListing> jobs() {
		Map<String, List<JobTitle>> titles = new HashMap<>();
		jdbc.query("select t.job_code, t.label, t.main, t.rarely_used from content.job_title t "
				+ "order by t.job_code, t.position", rs -> {
					titles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new JobTitle(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)));
				});
		return jdbc.query("select j.code, j.label, j.parent_code, j.domain_code, coalesce(d.label, ''), j.definition, "
				+ "j.access, j.updated_at from content.job j left join content.domain d on d.code = j.domain_code "
				+ "where j.retired_at is null order by j.code",
				(rs, n) -> new JobListing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7),
						List.copyOf(titles.getOrDefault(rs.getString(1), List.of())), rs.getTimestamp(8).toInstant()));
	}

	/**
	 * @return the guides online, never {@literal null}
	 */
	public List<GuideListing> guides() {
		return jdbc.query(
				"select slug, live_title, live_summary, live_body, live_territory, published_at "
						+ "from content.guide where live_html is not null order by slug",
				(rs, n) -> new GuideListing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getTimestamp(6).toInstant()));
	}

	/**
	 * @return the published events that have not ended, never {@literal null}
	 */
	public List<EventListing> upcomingEvents() {
		return jdbc.query(
				"select id, title, description, starts_at, updated_at from content.event "
						+ "where status = 'PUBLISHED' and ends_at > now() order by starts_at",
				(rs, n) -> new EventListing(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()));
	}

}
