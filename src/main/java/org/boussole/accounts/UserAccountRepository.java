package org.boussole.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	/** The state of an account, read alone (no entity is loaded). */
	@Query("select a.status from UserAccount a where a.id = :id")
	Optional<AccountStatus> findStatusById(UUID id);

	/** Notes a login without touching the version of the account. */
	@Modifying
	@Query("update UserAccount a set a.lastLoginAt = :now where a.id = :id")
	int recordLogin(UUID id, Instant now);

}
