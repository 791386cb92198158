package org.boussole.content.guide;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an editor writes in a guide: the working copy, the version online, and the
 * snapshot kept by each revision.
 *
 * @param title the title
 * @param summary one or two sentences shown in lists
 * @param body the text, in Markdown
 * @param territory where the rules apply
 * @param audiences the people it is written for, at least one
 * @param themes what it is about, at least one
 */
record GuideContent(String title, String summary, String body, Territory territory, Set<Audience> audiences,
		Set<Theme> themes) {

	GuideContent {
		audiences = audiences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(audiences));
		themes = themes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(themes));
	}

	static String codes(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> parse(Class<E> type, String codes) {
		EnumSet<E> values = EnumSet.noneOf(type);
		for (String code : codes.split(",")) {
			if (!code.isBlank()) {
				values.add(Enum.valueOf(type, code.trim()));
			}
		}
		return values;
	}

}
