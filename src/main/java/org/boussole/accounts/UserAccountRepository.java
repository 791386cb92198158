package org.boussole.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	/**
	 * What the sessions of an account must agree with, read without loading the entity:
	 * its status, its session generation and its roles (one row per role, or one row with
	 * a null role for an account without any; no row for an unknown account).
	 */
	@Query("""
			select a.status as status, a.sessionGeneration as generation, r as role
			from UserAccount a left join a.roles r where a.id = :id""")
	List<SessionRow> findSessionRows(UUID id);

	/** One row of {@link #findSessionRows}. */
	interface SessionRow {

		AccountStatus getStatus();

		int getGeneration();

		@Nullable Role getRole();

	}

	/** Notes a login without touching the version of the account. */
	@Modifying
	@Query("update UserAccount a set a.lastLoginAt = :now where a.id = :id")
	int recordLogin(UUID id, Instant now);

}
