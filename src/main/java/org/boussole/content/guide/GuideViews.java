package org.boussole.content.guide;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What the guide pages show, read from the guides. */
final class GuideViews {

	private GuideViews() {
	}

	/** A guide as visitors read it (or as an editor previews its working copy). */
	record GuidePage(String slug, String title, String summary, Territory territory, List<Audience> audiences,
			List<Theme> themes, LocalDate lastReviewed, String html) {

		static GuidePage of(String slug, GuideContent content, LocalDate lastReviewed, String html) {
			return new GuidePage(slug, content.title(), content.summary(), content.territory(),
					sorted(Audience.class, content.audiences()), sorted(Theme.class, content.themes()), lastReviewed,
					html);
		}

	}

	/** One guide in the editors' list. */
	record GuideRow(String slug, String title, GuideStatus status, boolean online, boolean unpublishedChanges,
			@Nullable ZonedDateTime publishAt, ZonedDateTime updatedAt, String updatedBy, LocalDate lastReviewed) {

		static GuideRow of(Guide guide) {
			return new GuideRow(guide.getSlug(), guide.content().title(), guide.getStatus(), guide.isOnline(),
					guide.isOnline() && guide.hasUnpublishedChanges(),
					guide.getPublishAt() == null ? null : guide.getPublishAt().atZone(GuideManagement.ZONE),
					guide.getUpdatedAt().atZone(GuideManagement.ZONE), guide.getUpdatedByName(),
					guide.getLastReviewed());
		}

	}

	/** The filters of the public list; {@literal null} means any. */
	record Filter(@Nullable Territory territory, @Nullable Audience audience, @Nullable Theme theme) {

		public boolean accepts(GuidePage guide) {
			return (territory == null || guide.territory().covers(territory))
					&& (audience == null || guide.audiences().contains(audience)
							|| guide.audiences().contains(Audience.TOUS))
					&& (theme == null || guide.themes().contains(theme));
		}

		public boolean isEmpty() {
			return territory == null && audience == null && theme == null;
		}

	}

	static <E extends Enum<E>> List<E> sorted(Class<E> type, Set<E> values) {
		return values.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(values));
	}

}
