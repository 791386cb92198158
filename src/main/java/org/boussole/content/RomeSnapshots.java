package org.boussole.content;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The ROME data the interest and skill results and the pickers compute with, read from
 * the {@code content} tables on first use and kept in memory, immutable, until the job
 * fiches change.
 */
@Component
class RomeSnapshots {

	private static final Duration MAX_AGE = Duration.ofHours(1);

	private static final String JOBS = "select code, label, parent_code, riasec_major, riasec_minor "
			+ "from content.job where retired_at is null";

	private static final String IN_FORCE = " join content.job j on j.code = x.job_code and j.retired_at is null ";

	private final JdbcTemplate jdbc;

	private final Snapshot<InterestLinks> interests;

	private final Snapshot<SkillIndex> skills;

	private final Snapshot<TitleIndex> titles;

	RomeSnapshots(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.interests = new Snapshot<>(this::readInterests, MAX_AGE);
		this.skills = new Snapshot<>(this::readSkills, MAX_AGE);
		this.titles = new Snapshot<>(this::readTitles, MAX_AGE);
	}

	InterestLinks interests() {
		return interests.get();
	}

	SkillIndex skills() {
		return skills.get();
	}

	TitleIndex titles() {
		return titles.get();
	}

	/** After an import has been committed, the next computation reads the new data. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ContentChanged changed) {
		if (changed.kind() == ContentChanged.Kind.JOBS) {
			interests.clear();
			skills.clear();
			titles.clear();
		}
	}

	private void each(String sql, RowCallbackHandler row) {
		jdbc.query(sql, row);
	}

	private InterestLinks readInterests() {
		InterestLinks.Builder builder = InterestLinks.builder();
		each("select code, label, definition from content.topic where kind = 'INTEREST'",
				rs -> builder.interest(rs.getString(1), rs.getString(2), rs.getString(3)));
		each(JOBS,
				rs -> builder.job(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
		each("select x.job_code, x.target_code, x.principal from content.job_link x" + IN_FORCE
				+ "where x.kind = 'INTEREST' order by x.job_code, x.position",
				rs -> builder.link(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
		return builder.build();
	}

	private SkillIndex readSkills() {
		SkillIndex.Builder builder = SkillIndex.builder();
		each(JOBS, rs -> builder.job(rs.getString(1), rs.getString(2), rs.getString(3)));
		each("select x.job_code, x.kind, x.ogr, x.group_code, x.group_label, x.label from content.job_item x" + IN_FORCE
				+ "where x.kind in ('savoir_faire', 'savoir_etre') order by x.job_code, x.position",
				rs -> builder.item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6)));
		return builder.build();
	}

	private TitleIndex readTitles() {
		TitleIndex.Builder builder = TitleIndex.builder();
		each(JOBS, rs -> builder.job(rs.getString(1), rs.getString(2), rs.getString(3)));
		each("select x.job_code, x.label from content.job_title x" + IN_FORCE
				+ "order by x.job_code, x.main desc, x.rarely_used, x.position",
				rs -> builder.title(rs.getString(1), rs.getString(2)));
		return builder.build();
	}

	/** The same snapshots read straight from a release's files, without a database. */
	static final class FromRelease {

		private FromRelease() {
		}

		static InterestLinks interests(RomeRelease release) {
			InterestLinks.Builder builder = InterestLinks.builder();
			release.interests.forEach(i -> builder.interest(i.code(), i.label(), i.definition()));
			release.fiches.values().forEach(f -> {
				builder.job(f.code(), f.label(), f.parent(), f.riasecMajor(), f.riasecMinor());
				f.interests().forEach(link -> builder.link(f.code(), link.code(), link.principal()));
			});
			return builder.build();
		}

		static SkillIndex skills(RomeRelease release) {
			SkillIndex.Builder builder = SkillIndex.builder();
			release.fiches.values().forEach(f -> {
				builder.job(f.code(), f.label(), f.parent());
				f.items()
					.forEach(i -> builder.item(f.code(), i.kind(), i.ogr(), i.groupCode(), i.groupLabel(), i.label()));
			});
			return builder.build();
		}

		static TitleIndex titles(RomeRelease release) {
			TitleIndex.Builder builder = TitleIndex.builder();
			release.fiches.values().forEach(f -> {
				builder.job(f.code(), f.label(), f.parent());
				f.titles()
					.stream()
					.sorted((a, b) -> Boolean.compare(b.main(), a.main()) != 0 ? Boolean.compare(b.main(), a.main())
							: Boolean.compare(a.rarelyUsed(), b.rarelyUsed()))
					.forEach(t -> builder.title(f.code(), t.label()));
			});
			return builder.build();
		}

	}

}
