package org.boussole.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Finds ROME skills (savoir-faire and savoir-être) for a skill picker by the words of
 * their labels, accents and case aside.
 */
@Service
public class SkillPicker {

	/** The most options a lookup gives. */
	public static final int MAX_OPTIONS = 20;

	private final Supplier<SkillIndex> index;

	@Autowired
	SkillPicker(RomeSnapshots snapshots) {
		this(snapshots::skills);
	}

	SkillPicker(Supplier<SkillIndex> index) {
		this.index = index;
	}

	/**
	 * @param query what the person typed; blank, over-long or meaningless gives nothing
	 * @return at most {@link #MAX_OPTIONS} skills, those whose label begins with the
	 * first word typed first, shorter labels before longer ones
	 */
	public List<Skill> find(String query) {
		List<String> words = SearchWords.query(query);
		if (words.isEmpty()) {
			return List.of();
		}
		String first = " " + words.get(0);
		List<SkillIndex.Entry> beginning = new ArrayList<>();
		List<SkillIndex.Entry> elsewhere = new ArrayList<>();
		for (SkillIndex.Entry entry : index.get().entries) {
			if (SearchWords.matchesAll(entry.words(), words)) {
				(entry.words().startsWith(first) ? beginning : elsewhere).add(entry);
			}
		}
		List<Skill> found = new ArrayList<>();
		for (List<SkillIndex.Entry> part : List.of(beginning, elsewhere)) {
			part.stream()
				.sorted((a, b) -> a.words().length() != b.words().length()
						? Integer.compare(a.words().length(), b.words().length()) : a.words().compareTo(b.words()))
				.limit(MAX_OPTIONS - found.size())
				.forEach(entry -> found.add(entry.skill()));
		}
		return List.copyOf(found);
	}

	/**
	 * @return the known skills among these codes, in the order given, unknown ones left
	 * out
	 */
	public List<Skill> skills(Collection<String> ogrs) {
		SkillIndex current = index.get();
		return ogrs.stream().distinct().map(current.skills::get).filter(java.util.Objects::nonNull).toList();
	}

}
