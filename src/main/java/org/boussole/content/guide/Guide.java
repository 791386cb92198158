package org.boussole.content.guide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.boussole.content.editorial.Author;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A guide: a working copy that editors change, and the version online that visitors read,
 * kept apart so that a guide can be reworked while its published text stays online until
 * an editor publishes again. The entity checks every change of its status.
 */
@Entity
@Table(name = "guide", schema = "content")
class Guide {

	static final Pattern SLUG = Pattern.compile("[a-z0-9-]{3,80}");

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private String slug;

	@Enumerated(EnumType.STRING)
	private GuideStatus status;

	private @Nullable Instant publishAt;

	private String title;

	private String summary;

	private String body;

	@Enumerated(EnumType.STRING)
	private Territory territory;

	private String audiences;

	private String themes;

	private LocalDate lastReviewed;

	private @Nullable String liveTitle;

	private @Nullable String liveSummary;

	private @Nullable String liveBody;

	@Column(name = "live_html")
	private @Nullable String liveHtml;

	@Enumerated(EnumType.STRING)
	private @Nullable Territory liveTerritory;

	private @Nullable String liveAudiences;

	private @Nullable String liveThemes;

	private @Nullable Instant publishedAt;

	private Instant updatedAt;

	private @Nullable UUID updatedById;

	private String updatedByName;

	@SuppressWarnings("NullAway.Init")
	protected Guide() {
		// for JPA
	}

	private Guide(String slug, GuideContent content, LocalDate lastReviewed, Author author, Instant now) {
		if (!SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException("Invalid slug: " + slug);
		}
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.status = GuideStatus.DRAFT;
		this.lastReviewed = lastReviewed;
		this.title = "";
		this.summary = "";
		this.body = "";
		this.territory = content.territory();
		this.audiences = "";
		this.themes = "";
		this.updatedAt = now;
		this.updatedByName = author.name();
		write(content, author, now);
	}

	static Guide draft(String slug, GuideContent content, LocalDate lastReviewed, Author author, Instant now) {
		return new Guide(slug, content, lastReviewed, author, now);
	}

	/** Replaces the working copy; what visitors read does not change. */
	void write(GuideContent content, Author author, Instant now) {
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.territory = content.territory();
		this.audiences = GuideContent.codes(content.audiences());
		this.themes = GuideContent.codes(content.themes());
		touch(author, now);
	}

	/**
	 * Puts the working copy online.
	 * @param html the working copy's body, rendered
	 * @throws IllegalStateException when the version online already is the working copy
	 */
	void publish(String html, Author author, Instant now) {
		if (status == GuideStatus.PUBLISHED && !hasUnpublishedChanges()) {
			throw new IllegalStateException("Guide " + slug + " is already published as it is");
		}
		this.liveTitle = title;
		this.liveSummary = summary;
		this.liveBody = body;
		this.liveHtml = html;
		this.liveTerritory = territory;
		this.liveAudiences = audiences;
		this.liveThemes = themes;
		this.publishedAt = now;
		this.status = GuideStatus.PUBLISHED;
		this.publishAt = null;
		touch(author, now);
	}

	/**
	 * Sets the working copy to go online at the given instant; a version already online
	 * stays until then.
	 * @throws IllegalArgumentException when that instant is not in the future
	 * @throws IllegalStateException when there is nothing new to publish
	 */
	void schedule(Instant at, Author author, Instant now) {
		if (!at.isAfter(now)) {
			throw new IllegalArgumentException("A publication is scheduled in the future, not at " + at);
		}
		if (isOnline() && !hasUnpublishedChanges()) {
			throw new IllegalStateException("Guide " + slug + " is already online as it is");
		}
		this.status = GuideStatus.SCHEDULED;
		this.publishAt = at;
		touch(author, now);
	}

	/**
	 * Takes the guide offline; its working copy stays.
	 * @throws IllegalStateException when it is not online
	 */
	void unpublish(Author author, Instant now) {
		if (!isOnline()) {
			throw new IllegalStateException("Guide " + slug + " is not online");
		}
		this.liveTitle = null;
		this.liveSummary = null;
		this.liveBody = null;
		this.liveHtml = null;
		this.liveTerritory = null;
		this.liveAudiences = null;
		this.liveThemes = null;
		this.status = GuideStatus.UNPUBLISHED;
		this.publishAt = null;
		touch(author, now);
	}

	/** Records that an editor checked that the guide is still right on that day. */
	void markReviewed(LocalDate day, Author author, Instant now) {
		this.lastReviewed = day;
		touch(author, now);
	}

	/**
	 * @return whether a scheduled publication is due at that instant
	 */
	boolean isDue(Instant now) {
		return status == GuideStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now);
	}

	boolean isOnline() {
		return liveHtml != null;
	}

	/**
	 * @return whether the working copy differs from the version online (always true when
	 * nothing is online)
	 */
	boolean hasUnpublishedChanges() {
		return !isOnline() || !content().equals(liveContent());
	}

	private void touch(Author author, Instant now) {
		this.updatedAt = now;
		this.updatedById = author.id();
		this.updatedByName = author.name();
	}

	/**
	 * @return the working copy
	 */
	GuideContent content() {
		return new GuideContent(title, summary, body, territory, GuideContent.parse(Audience.class, audiences),
				GuideContent.parse(Theme.class, themes));
	}

	/**
	 * @return the version online, or {@literal null} when the guide is offline
	 */
	@Nullable GuideContent liveContent() {
		if (liveTitle == null || liveSummary == null || liveBody == null || liveTerritory == null
				|| liveAudiences == null || liveThemes == null) {
			return null;
		}
		return new GuideContent(liveTitle, liveSummary, liveBody, liveTerritory,
				GuideContent.parse(Audience.class, liveAudiences), GuideContent.parse(Theme.class, liveThemes));
	}

	UUID getId() {
		return id;
	}

	long getVersion() {
		return version == null ? 0 : version;
	}

	String getSlug() {
		return slug;
	}

	GuideStatus getStatus() {
		return status;
	}

	@Nullable Instant getPublishAt() {
		return publishAt;
	}

	LocalDate getLastReviewed() {
		return lastReviewed;
	}

	@Nullable String getLiveHtml() {
		return liveHtml;
	}

	@Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	String getUpdatedByName() {
		return updatedByName;
	}

}
