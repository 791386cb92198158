package org.boussole.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of the ROME reference data to check what a person typed: a
 * job fiche by its code or one of its titles, a skill by its code or label, and the 30
 * centres of interest ("J'ai envie de …").
 */
@Service
public class RomeReferences {

	private final JdbcTemplate jdbc;

	RomeReferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A job fiche: its ROME code (e.g. D1102) and its label. */
	public record JobRef(String code, String label) {
	}

	/** A skill (savoir-faire or savoir-être): its OGR code and its label. */
	public record SkillRef(String code, String label) {
	}

	/** A centre of interest: its code (1 to 30) and its label. */
	public record InterestRef(String code, String label) {
	}

	/**
	 * @param text a ROME code (any case) or a job title, as typed
	 * @return the fiche in force, if the text names one
	 */
	public Optional<JobRef> findJob(String text) {
		String typed = text.strip();
		if (typed.isEmpty() || typed.length() > 200) {
			return Optional.empty();
		}
		List<JobRef> byCode = jdbc.query("select code, label from content.job where code = ? and retired_at is null",
				(rs, n) -> new JobRef(rs.getString(1), rs.getString(2)), typed.toUpperCase(Locale.ROOT));
		if (!byCode.isEmpty()) {
			return Optional.of(byCode.get(0));
		}
		return jdbc
			.query("""
					select j.code, j.label from content.job j
					where j.retired_at is null and (lower(j.label) = lower(?) or exists (select 1 from content.job_title t
					where t.job_code = j.code and lower(t.label) = lower(?))) order by j.code limit 1""",
					(rs, n) -> new JobRef(rs.getString(1), rs.getString(2)), typed, typed)
			.stream()
			.findFirst();
	}

	/**
	 * @param text the OGR code or the label of a skill, as typed
	 * @return the skill, if the text names one
	 */
	public Optional<SkillRef> findSkill(String text) {
		String typed = text.strip();
		if (typed.isEmpty() || typed.length() > 300) {
			return Optional.empty();
		}
		return jdbc
			.query("""
					select ogr, label from content.job_item where kind in ('savoir_faire', 'savoir_etre')
					and (ogr = ? or lower(label) = lower(?)) limit 1""",
					(rs, n) -> new SkillRef(rs.getString(1), rs.getString(2)), typed, typed)
			.stream()
			.findFirst();
	}

	/**
	 * @return the centres of interest, in the order of their codes
	 */
	public List<InterestRef> interests() {
		return jdbc.query("select code, label from content.topic where kind = 'INTEREST' order by length(code), code",
				(rs, n) -> new InterestRef(rs.getString(1), rs.getString(2)));
	}

}
