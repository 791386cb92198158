package org.boussole.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokenRepository extends JpaRepository<AccountToken, UUID> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	List<AccountToken> findByUserId(UUID userId);

	List<AccountToken> findByUserIdAndPurposeAndUsedAtIsNull(UUID userId, AccountToken.Purpose purpose);

}
