package org.boussole.content.guide;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.boussole.content.editorial.Author;
import org.boussole.content.editorial.EditorialItem;
import org.boussole.content.editorial.Revision;
import org.boussole.content.editorial.RevisionAction;
import org.boussole.content.editorial.RevisionLog;
import org.boussole.content.guide.GuideViews.Filter;
import org.boussole.content.guide.GuideViews.GuidePage;
import org.boussole.content.guide.GuideViews.GuideRow;
import org.springframework.stereotype.Service;
import org.boussole.content.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guides: what visitors read, and every step of the editorial workflow, each recorded
 * as a revision in the same transaction. Who may call the editorial steps is checked by
 * the controllers (see {@link org.boussole.content.editorial.EditorialRights}).
 */
@Service
class GuideManagement {

	/** The time zone of the editors' dates and of "today". */
	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	/** A published guide is due for review after this many months. */
	static final int FRESHNESS_MONTHS = 12;

	private final GuideRepository guides;

	private final RevisionLog revisions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	GuideManagement(GuideRepository guides, RevisionLog revisions, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.guides = guides;
		this.revisions = revisions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<GuidePage> online(Filter filter) {
		return guides.findOnline().stream().map(GuideManagement::livePage).filter(filter::accepts).toList();
	}

	@Transactional(readOnly = true)
	public Optional<GuidePage> published(String slug) {
		return guides.findBySlug(slug).filter(Guide::isOnline).map(GuideManagement::livePage);
	}

	private static GuidePage livePage(Guide guide) {
		GuideContent live = guide.liveContent();
		String html = guide.getLiveHtml();
		if (live == null || html == null) {
			throw new IllegalStateException("Guide " + guide.getSlug() + " is offline");
		}
		return GuidePage.of(guide.getSlug(), live, guide.getLastReviewed(), html);
	}

	@Transactional(readOnly = true)
	public List<GuideRow> all() {
		return guides.findAllByOrderByUpdatedAtDesc().stream().map(GuideRow::of).toList();
	}

	/**
	 * @return the published guides last reviewed {@value #FRESHNESS_MONTHS} months ago or
	 * more, oldest review first
	 */
	@Transactional(readOnly = true)
	public List<GuideRow> dueForReview() {
		LocalDate limit = today().minusMonths(FRESHNESS_MONTHS);
		return guides.findOnlineReviewedOnOrBefore(limit).stream().map(GuideRow::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Guide> find(String slug) {
		return guides.findBySlug(slug);
	}

	/**
	 * @return the working copy as visitors would see it once published
	 */
	@Transactional(readOnly = true)
	public Optional<GuidePage> preview(String slug) {
		return guides.findBySlug(slug)
			.map(guide -> GuidePage.of(slug, guide.content(), guide.getLastReviewed(),
					GuideMarkdown.render(guide.content().body())));
	}

	@Transactional(readOnly = true)
	public boolean slugTaken(String slug) {
		return guides.existsBySlug(slug);
	}

	@Transactional
	public Guide create(Author author, String slug, GuideContent content) {
		requireSafe(content);
		Instant now = clock.instant();
		Guide guide = guides.save(Guide.draft(slug, content, today(), author, now));
		record(guide, RevisionAction.SAVED, author, now);
		return guide;
	}

	/**
	 * Saves the working copy.
	 * @param expectedVersion the version the editor started from
	 * @throws EditConflict when someone else saved the guide since
	 */
	@Transactional
	public Guide save(Author author, String slug, long expectedVersion, GuideContent content) {
		requireSafe(content);
		Guide guide = current(slug, expectedVersion);
		Instant now = clock.instant();
		guide.write(content, author, now);
		record(guide, RevisionAction.SAVED, author, now);
		return guide;
	}

	/**
	 * Publishes the working copy now, its body rendered once for all visitors.
	 * @throws EditConflict when someone else saved the guide since the editor looked at
	 * it
	 */
	@Transactional
	public Guide publish(Author author, String slug, long expectedVersion) {
		Guide guide = current(slug, expectedVersion);
		publish(guide, author);
		return guide;
	}

	private void publish(Guide guide, Author author) {
		Instant now = clock.instant();
		guide.publish(GuideMarkdown.render(guide.content().body()), author, now);
		record(guide, RevisionAction.PUBLISHED, author, now);
		events.publishEvent(new ContentChanged(ContentChanged.Kind.GUIDE, guide.getSlug()));
	}

	@Transactional
	public Guide schedule(Author author, String slug, long expectedVersion, Instant at) {
		Guide guide = current(slug, expectedVersion);
		Instant now = clock.instant();
		guide.schedule(at, author, now);
		record(guide, RevisionAction.SCHEDULED, author, now);
		return guide;
	}

	@Transactional
	public Guide unpublish(Author author, String slug) {
		Guide guide = existing(slug);
		Instant now = clock.instant();
		guide.unpublish(author, now);
		record(guide, RevisionAction.UNPUBLISHED, author, now);
		events.publishEvent(new ContentChanged(ContentChanged.Kind.GUIDE, slug));
		return guide;
	}

	@Transactional
	public Guide markReviewed(Author author, String slug) {
		Guide guide = existing(slug);
		Instant now = clock.instant();
		guide.markReviewed(today(), author, now);
		record(guide, RevisionAction.REVIEWED, author, now);
		return guide;
	}

	/**
	 * Makes the content of an earlier revision the working copy again, as a new revision;
	 * what visitors read does not change until the guide is published.
	 */
	@Transactional
	public Guide restore(Author author, String slug, int number) {
		Guide guide = existing(slug);
		Revision revision = revisions.find(EditorialItem.GUIDE, guide.getId(), number)
			.orElseThrow(() -> new IllegalArgumentException("No revision " + number + " of " + slug));
		Instant now = clock.instant();
		guide.write(revisions.snapshot(revision, GuideContent.class), author, now);
		record(guide, RevisionAction.RESTORED, author, now);
		return guide;
	}

	@Transactional(readOnly = true)
	public List<Revision> history(Guide guide) {
		return revisions.of(EditorialItem.GUIDE, guide.getId());
	}

	/**
	 * Publishes the guides whose scheduled time has come.
	 * @return how many were published
	 */
	@Transactional
	public int publishDue() {
		List<Guide> due = guides.findDue(clock.instant());
		due.forEach(guide -> publish(guide, Author.BOUSSOLE));
		return due.size();
	}

	/** Loads a starter guide, published, as written by Boussole. */
	@Transactional
	public void loadStarter(StarterGuide starter) {
		Guide guide = guides.save(
				Guide.draft(starter.slug(), starter.content(), starter.reviewedOn(), Author.BOUSSOLE, clock.instant()));
		record(guide, RevisionAction.SAVED, Author.BOUSSOLE, clock.instant());
		publish(guide, Author.BOUSSOLE);
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return guides.count() == 0;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private Guide existing(String slug) {
		return guides.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No guide " + slug));
	}

	private Guide current(String slug, long expectedVersion) {
		Guide guide = existing(slug);
		if (guide.getVersion() != expectedVersion) {
			throw new EditConflict(guide);
		}
		return guide;
	}

	private static void requireSafe(GuideContent content) {
		GuideMarkdown.check(content.body()).ifPresent(problem -> {
			throw new IllegalArgumentException("Unsafe Markdown: " + problem.excerpt());
		});
	}

	private void record(Guide guide, RevisionAction action, Author author, Instant at) {
		revisions.record(EditorialItem.GUIDE, guide.getId(), action, author, at, guide.content());
	}

}
