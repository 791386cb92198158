package org.boussole.content.guide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GuideRepository extends JpaRepository<Guide, java.util.UUID> {

	Optional<Guide> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select g from Guide g where g.liveHtml is not null order by g.liveTitle")
	List<Guide> findOnline();

	@Query("select g from Guide g where g.liveHtml is not null and g.lastReviewed <= ?1 order by g.lastReviewed, g.liveTitle")
	List<Guide> findOnlineReviewedOnOrBefore(LocalDate day);

	@Query("select g from Guide g where g.status = org.boussole.content.guide.GuideStatus.SCHEDULED and g.publishAt <= ?1")
	List<Guide> findDue(Instant now);

	List<Guide> findAllByOrderByUpdatedAtDesc();

}
