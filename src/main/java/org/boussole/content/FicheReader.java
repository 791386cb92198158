package org.boussole.content;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.boussole.content.JobViews.DomainRef;
import org.boussole.content.JobViews.Fiche;
import org.boussole.content.JobViews.Group;
import org.boussole.content.JobViews.JobRef;
import org.boussole.content.JobViews.Onisep;
import org.boussole.content.JobViews.Title;
import org.boussole.content.JobViews.Topic;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads one fiche with five queries: the fiche, its titles, its items, its links and its
 * children.
 */
final class FicheReader {

	private record Head(String code, String label, String parentCode, @Nullable String parentLabel,
			boolean parentRetired, DomainRef domain, DomainRef grand, String riasecMajor, String riasecMinor,
			String transitionEco, @Nullable Boolean digital, @Nullable Boolean demographic, @Nullable Boolean regulated,
			@Nullable Boolean executive, String definition, String access, String release,
			@Nullable Timestamp retiredAt) {
	}

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcTemplate jdbc;

	FicheReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Fiche> read(String code, List<Onisep> onisep) {
		List<Head> heads = jdbc.query("select j.code, j.label, j.parent_code, p.label, p.retired_at, d.code, d.label, "
				+ "g.code, g.label, j.riasec_major, j.riasec_minor, j.transition_eco, j.transition_digital, "
				+ "j.transition_demo, j.regulated, j.executive, j.definition, j.access, j.release, j.retired_at "
				+ "from content.job j join content.domain d on d.code = j.domain_code "
				+ "join content.grand_domain g on g.code = d.grand_domain_code "
				+ "left join content.job p on p.code = j.parent_code where j.code = ?",
				(rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5) != null, new DomainRef(rs.getString(6), rs.getString(7), 0),
						new DomainRef(rs.getString(8), rs.getString(9), 0), rs.getString(10), rs.getString(11),
						rs.getString(12), (Boolean) rs.getObject(13), (Boolean) rs.getObject(14),
						(Boolean) rs.getObject(15), (Boolean) rs.getObject(16), rs.getString(17), rs.getString(18),
						rs.getString(19), rs.getTimestamp(20)),
				code);
		if (heads.isEmpty()) {
			return Optional.empty();
		}
		Head h = heads.get(0);
		boolean parentFiche = h.code().equals(h.parentCode());
		JobRef parent = parentFiche || h.parentLabel() == null ? null
				: new JobRef(h.parentCode(), h.parentLabel(), h.parentRetired());
		List<Title> titles = jdbc.query(
				"select label, main, rarely_used from content.job_title where job_code = ? "
						+ "order by main desc, rarely_used, position",
				(rs, n) -> new Title(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)), code);
		Items items = readItems(code);
		Links links = readLinks(code);
		List<JobRef> children = parentFiche ? jdbc.query(
				"select code, label, retired_at is not null from content.job "
						+ "where parent_code = ? and code <> parent_code and retired_at is null order by code",
				(rs, n) -> new JobRef(rs.getString(1), rs.getString(2), rs.getBoolean(3)), code) : List.of();
		return Optional.of(new Fiche(h.code(), h.label(), parent, parentFiche, h.domain(), h.grand(), h.riasecMajor(),
				h.riasecMinor(), h.transitionEco(), h.digital(), h.demographic(), h.regulated(), h.executive(),
				lines(h.definition()), lines(h.access()), titles, items.skills(), items.softSkills(), items.knowledge(),
				items.contexts(), children, links.mobilities, links.interests, links.themes, links.sectors, onisep,
				h.release(), h.retiredAt() == null ? null : h.retiredAt().toInstant().atZone(PARIS).toLocalDate()));
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private record Items(List<Group> skills, List<String> softSkills, List<Group> knowledge, List<Group> contexts) {
	}

	private Items readItems(String code) {
		Map<String, Group> skills = new LinkedHashMap<>();
		List<String> soft = new ArrayList<>();
		Map<String, Group> knowledge = new LinkedHashMap<>();
		Map<String, Group> contexts = new LinkedHashMap<>();
		jdbc.query("select kind, ogr, group_code, group_label, label from content.job_item where job_code = ? "
				+ "order by position", rs -> {
					String kind = rs.getString(1);
					String ogr = rs.getString(2);
					String groupCode = rs.getString(3);
					String groupLabel = rs.getString(4);
					String label = rs.getString(5);
					switch (kind) {
						case "savoir_etre" -> soft.add(label);
						case "savoir_faire" -> {
							Group group = skills.computeIfAbsent(groupCode,
									k -> new Group(groupLabel, new ArrayList<>()));
							// a macro-skill listed by itself is its own heading
							if (!ogr.equals(groupCode)) {
								group.items().add(label);
							}
						}
						case "savoir" -> add(knowledge, groupCode, groupLabel, label);
						default -> add(contexts, groupCode, groupLabel, label);
					}
				}, code);
		return new Items(List.copyOf(skills.values()), soft, List.copyOf(knowledge.values()),
				List.copyOf(contexts.values()));
	}

	private static void add(Map<String, Group> groups, String code, String label, String item) {
		groups.computeIfAbsent(code, k -> new Group(label, new ArrayList<>())).items().add(item);
	}

	private static final class Links {

		final List<JobRef> mobilities = new ArrayList<>();

		final List<Topic> interests = new ArrayList<>();

		final List<Topic> themes = new ArrayList<>();

		final List<Topic> sectors = new ArrayList<>();

	}

	private Links readLinks(String code) {
		Links links = new Links();
		jdbc.query("select l.kind, l.target_code, coalesce(j.label, t.label, ''), j.retired_at is not null, "
				+ "l.principal, coalesce(s.label, '') from content.job_link l "
				+ "left join content.job j on l.kind = 'MOBILITY' and j.code = l.target_code "
				+ "left join content.topic t on t.kind = l.kind and t.code = l.target_code "
				+ "left join content.topic s on s.kind = 'SECTOR' and l.second_code <> '' and s.code = l.second_code "
				+ "where l.job_code = ? order by l.kind, l.position", rs -> {
					String kind = rs.getString(1);
					String target = rs.getString(2);
					String label = rs.getString(3);
					switch (kind) {
						case "MOBILITY" -> links.mobilities.add(new JobRef(target, label, rs.getBoolean(4)));
						case "INTEREST" -> links.interests.add(new Topic(target, label, rs.getBoolean(5)));
						case "THEME" -> links.themes.add(new Topic(target, label, false));
						default -> {
							String sub = rs.getString(6);
							links.sectors
								.add(new Topic(target, sub.isEmpty() ? label : label + " – " + sub, rs.getBoolean(5)));
						}
					}
				}, code);
		return links;
	}

}
