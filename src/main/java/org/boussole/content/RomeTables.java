package org.boussole.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a release into the {@code content} tables with few statements: rows go in as
 * PostgreSQL arrays unnested by the server, thousands at a time.
 */
final class RomeTables {

	private static final int CHUNK = 20_000;

	/** The columns of one table and their SQL array types. */
	private record Shape(String table, String[] columns, String[] types) {

		String insert() {
			StringBuilder sql = new StringBuilder("insert into content.").append(table)
				.append(" (")
				.append(String.join(", ", columns))
				.append(") select * from unnest(");
			for (int i = 0; i < types.length; i++) {
				sql.append(i == 0 ? "" : ", ").append("?::").append(types[i]).append("[]");
			}
			return sql.append(")").toString();
		}

	}

	private static final Shape JOB = new Shape("job",
			new String[] { "code", "label", "parent_code", "ogr", "domain_code", "riasec_major", "riasec_minor",
					"transition_eco", "transition_digital", "transition_demo", "regulated", "executive", "definition",
					"access", "fingerprint", "release" },
			new String[] { "text", "text", "text", "text", "text", "text", "text", "text", "bool", "bool", "bool",
					"bool", "text", "text", "text", "text" });

	private static final Shape TITLE = new Shape("job_title",
			new String[] { "job_code", "position", "ogr", "label", "short_label", "main", "rarely_used" },
			new String[] { "text", "int4", "text", "text", "text", "bool", "bool" });

	private static final Shape ITEM = new Shape("job_item",
			new String[] { "job_code", "position", "kind", "ogr", "group_code", "group_label", "label", "core" },
			new String[] { "text", "int4", "text", "text", "text", "text", "text", "text" });

	private static final Shape LINK = new Shape("job_link",
			new String[] { "job_code", "kind", "position", "target_code", "second_code", "principal" },
			new String[] { "text", "text", "int4", "text", "text", "bool" });

	private final JdbcTemplate jdbc;

	RomeTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds or updates the domains and topics; none is deleted, so that retired fiches
	 * keep their place.
	 */
	void writeTree(RomeRelease release) {
		List<Object[]> grand = new ArrayList<>();
		release.grandDomains.forEach(g -> grand.add(new Object[] { g.code(), g.label() }));
		jdbc.batchUpdate("insert into content.grand_domain (code, label) values (?, ?) on conflict (code) do update "
				+ "set label = excluded.label where grand_domain.label is distinct from excluded.label", grand);
		List<Object[]> domains = new ArrayList<>();
		release.domains.forEach(d -> domains.add(new Object[] { d.code(), d.label(), d.grandDomain() }));
		jdbc.batchUpdate("insert into content.domain (code, label, grand_domain_code) values (?, ?, ?) "
				+ "on conflict (code) do update set label = excluded.label, grand_domain_code = excluded.grand_domain_code "
				+ "where (domain.label, domain.grand_domain_code) is distinct from (excluded.label, excluded.grand_domain_code)",
				domains);
		List<Object[]> topics = new ArrayList<>();
		release.themes.forEach(t -> topics.add(topic("THEME", t)));
		release.interests.forEach(t -> topics.add(topic("INTEREST", t)));
		release.sectors.forEach(t -> topics.add(topic("SECTOR", t)));
		jdbc.batchUpdate(
				"insert into content.topic (kind, code, label, definition, parent_code) values (?, ?, ?, ?, ?) "
						+ "on conflict (kind, code) do update set label = excluded.label, definition = excluded.definition, "
						+ "parent_code = excluded.parent_code where (topic.label, topic.definition, topic.parent_code) "
						+ "is distinct from (excluded.label, excluded.definition, excluded.parent_code)",
				topics);
	}

	private static Object[] topic(String kind, RomeRelease.Topic topic) {
		return new Object[] { kind, topic.code(), topic.label(), topic.definition(), topic.parent() };
	}

	/**
	 * Replaces the given fiches (new ones are added, retired ones come back) with
	 * everything they show.
	 */
	void writeFiches(List<RomeRelease.Fiche> fiches, Map<String, String> fingerprints, String release) {
		if (fiches.isEmpty()) {
			return;
		}
		List<String> codes = fiches.stream().map(RomeRelease.Fiche::code).toList();
		for (String table : List.of("job_title", "job_item", "job_link", "job")) {
			update("delete from content." + table + " where " + (table.equals("job") ? "code" : "job_code")
					+ " = any(?::text[])", List.of(codes.toArray()));
		}
		List<Object[]> jobs = new ArrayList<>();
		List<Object[]> titles = new ArrayList<>();
		List<Object[]> items = new ArrayList<>();
		List<Object[]> links = new ArrayList<>();
		for (RomeRelease.Fiche f : fiches) {
			jobs.add(new Object[] { f.code(), f.label(), f.parent(), f.ogr(), f.domain(), f.riasecMajor(),
					f.riasecMinor(), f.transitionEco(), f.digital(), f.demographic(), f.regulated(), f.executive(),
					f.definition(), f.access(), fingerprints.get(f.code()), release });
			int position = 0;
			for (RomeRelease.Title t : f.titles()) {
				titles.add(new Object[] { f.code(), position++, t.ogr(), t.label(), t.shortLabel(), t.main(),
						t.rarelyUsed() });
			}
			position = 0;
			for (RomeRelease.Item i : f.items()) {
				items.add(new Object[] { f.code(), position++, i.kind(), i.ogr(), i.groupCode(), i.groupLabel(),
						i.label(), i.core() });
			}
			addLinks(links, f);
		}
		insert(JOB, jobs);
		insert(TITLE, titles);
		insert(ITEM, items);
		insert(LINK, links);
	}

	private static void addLinks(List<Object[]> links, RomeRelease.Fiche f) {
		int position = 0;
		for (String target : f.mobilities()) {
			links.add(new Object[] { f.code(), "MOBILITY", position++, target, "", false });
		}
		position = 0;
		for (RomeRelease.Link interest : f.interests()) {
			links.add(new Object[] { f.code(), "INTEREST", position++, interest.code(), "", interest.principal() });
		}
		position = 0;
		for (String theme : f.themes()) {
			links.add(new Object[] { f.code(), "THEME", position++, theme, "", false });
		}
		position = 0;
		for (RomeRelease.Link sector : f.sectors()) {
			links.add(new Object[] { f.code(), "SECTOR", position++, sector.code(), sector.second(),
					sector.principal() });
		}
	}

	private void insert(Shape shape, List<Object[]> rows) {
		String sql = shape.insert();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			Object[] params = new Object[shape.columns().length];
			for (int c = 0; c < params.length; c++) {
				List<Object> column = new ArrayList<>(chunk.size());
				for (Object[] row : chunk) {
					column.add(row[c]);
				}
				params[c] = column;
			}
			update(sql, params);
		}
	}

	/** Runs a statement whose list parameters are sent as SQL arrays. */
	void update(String sql, Object... params) {
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			for (int i = 0; i < params.length; i++) {
				bind(connection, statement, i + 1, params[i]);
			}
			return statement;
		});
	}

	private static void bind(Connection connection, PreparedStatement statement, int index, Object value)
			throws SQLException {
		if (value instanceof List<?> list) {
			String type = list.isEmpty() ? "text" : arrayType(list);
			statement.setArray(index, connection.createArrayOf(type, list.toArray()));
		}
		else {
			statement.setObject(index, value);
		}
	}

	private static String arrayType(List<?> list) {
		for (Object value : list) {
			if (value instanceof Integer) {
				return "int4";
			}
			if (value instanceof Boolean) {
				return "bool";
			}
			if (value != null) {
				return "text";
			}
		}
		return "text";
	}

}
