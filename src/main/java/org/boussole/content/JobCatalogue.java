package org.boussole.content;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.boussole.content.JobViews.DomainPage;
import org.boussole.content.JobViews.DomainRef;
import org.boussole.content.JobViews.Fiche;
import org.boussole.content.JobViews.GrandDomain;
import org.boussole.content.JobViews.JobNode;
import org.boussole.content.JobViews.JobRef;
import org.boussole.content.JobViews.ThemePage;
import org.boussole.content.JobViews.Topic;
import org.boussole.content.JobViews.Tree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reads the job pages from the {@code content} tables, a few queries per page, and keeps
 * what it read in memory: the data only changes on import, which empties the cache.
 */
@Component
class JobCatalogue {

	private final JdbcTemplate jdbc;

	private final FicheReader fiches;

	private final OnisepJobs onisep;

	// a bounded cache with an expiry, so that another node's import shows here within the
	// hour
	private final Cache<String, Optional<Fiche>> ficheCache = Caffeine.newBuilder()
		.maximumSize(4_000)
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	private final Cache<String, Optional<?>> pageCache = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	JobCatalogue(JdbcTemplate jdbc, OnisepJobs onisep) {
		this.jdbc = jdbc;
		this.onisep = onisep;
		this.fiches = new FicheReader(jdbc);
	}

	/**
	 * @param code an upper-case ROME code such as D1102
	 */
	Optional<Fiche> fiche(String code) {
		return ficheCache.get(code, c -> fiches.read(c, onisep.forRome(c)));
	}

	Tree tree() {
		return (Tree) pageCache.get("tree", k -> Optional.of(readTree())).orElseThrow();
	}

	/**
	 * @return the release of the last import, as in « ROME 4.0, version 60 du 18/09/2025
	 * »
	 */
	String release() {
		return (String) pageCache.get("release", k -> Optional.of(jdbc
			.query("select release from content.rome_import order by id desc limit 1", (rs, n) -> rs.getString(1))
			.stream()
			.findFirst()
			.orElse("ROME 4.0"))).orElseThrow();
	}

	@SuppressWarnings("unchecked")
	Optional<DomainPage> domain(String code) {
		Tree tree = tree(); // read first: a cache must not load another of its keys while
							// loading one
		return (Optional<DomainPage>) pageCache.get("domain:" + code, k -> readDomain(tree, code));
	}

	@SuppressWarnings("unchecked")
	Optional<ThemePage> theme(String code) {
		return (Optional<ThemePage>) pageCache.get("theme:" + code, k -> readTheme(code));
	}

	void evictAll() {
		ficheCache.invalidateAll();
		pageCache.invalidateAll();
	}

	private Tree readTree() {
		Map<String, GrandDomain> grand = new LinkedHashMap<>();
		int[] total = { 0 };
		jdbc.query(
				"select g.code, g.label, d.code, d.label, count(j.code) from content.grand_domain g "
						+ "join content.domain d on d.grand_domain_code = g.code "
						+ "left join content.job j on j.domain_code = d.code and j.retired_at is null "
						+ "group by g.code, g.label, d.code, d.label having count(j.code) > 0 order by g.code, d.code",
				rs -> {
					GrandDomain g = grand.computeIfAbsent(rs.getString(1),
							k -> new GrandDomain(k, rs(rs, 2), new ArrayList<>()));
					g.domains().add(new DomainRef(rs.getString(3), rs.getString(4), rs.getInt(5)));
					total[0] += rs.getInt(5);
				});
		List<Topic> themes = jdbc.query("select code, label from content.topic where kind = 'THEME' and exists "
				+ "(select 1 from content.job_link l join content.job j on j.code = l.job_code and j.retired_at is null "
				+ "where l.kind = 'THEME' and l.target_code = topic.code) order by code",
				(rs, n) -> new Topic(rs.getString(1), rs.getString(2), false));
		return new Tree(List.copyOf(grand.values()), themes, total[0]);
	}

	private Optional<DomainPage> readDomain(Tree tree, String code) {
		for (GrandDomain grand : tree.grandDomains()) {
			if (grand.code().equals(code)) {
				return Optional.of(new DomainPage(code, grand.label(), grand, List.of()));
			}
			for (DomainRef domain : grand.domains()) {
				if (domain.code().equals(code)) {
					return Optional.of(new DomainPage(code, domain.label(), grand, jobsOf(code)));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The fiches of a domain, each parent fiche followed by the more specific ones
	 * attached to it.
	 */
	private List<JobNode> jobsOf(String domain) {
		Map<String, JobNode> nodes = new LinkedHashMap<>();
		List<String[]> children = new ArrayList<>();
		jdbc.query("select code, label, parent_code from content.job where domain_code = ? and retired_at is null "
				+ "order by code", rs -> {
					String code = rs.getString(1);
					String parent = rs.getString(3);
					if (code.equals(parent)) {
						nodes.put(code, new JobNode(new JobRef(code, rs.getString(2), false), new ArrayList<>()));
					}
					else {
						children.add(new String[] { code, rs.getString(2), parent });
					}
				}, domain);
		for (String[] child : children) {
			JobRef ref = new JobRef(child[0], child[1], false);
			JobNode parent = nodes.get(child[2]);
			if (parent != null) {
				parent.children().add(ref);
			}
			else {
				nodes.put(child[0], new JobNode(ref, List.of()));
			}
		}
		return List.copyOf(nodes.values());
	}

	private Optional<ThemePage> readTheme(String code) {
		List<String[]> theme = jdbc.query(
				"select label, definition from content.topic where kind = 'THEME' and code = ?",
				(rs, n) -> new String[] { rs.getString(1), rs.getString(2) }, code);
		if (theme.isEmpty()) {
			return Optional.empty();
		}
		List<JobRef> jobs = jdbc.query("select j.code, j.label from content.job_link l join content.job j "
				+ "on j.code = l.job_code where l.kind = 'THEME' and l.target_code = ? and j.retired_at is null "
				+ "order by j.label", (rs, n) -> new JobRef(rs.getString(1), rs.getString(2), false), code);
		return Optional.of(new ThemePage(code, theme.get(0)[0], theme.get(0)[1], jobs));
	}

	private static String rs(java.sql.ResultSet rs, int column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
