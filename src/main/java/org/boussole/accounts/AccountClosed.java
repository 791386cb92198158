package org.boussole.accounts;

import java.util.UUID;

/**
 * A person closed their account: it is already anonymised, and each module now anonymises
 * what it keeps about that person. The former address is carried only so that the mails
 * still waiting for it can be dropped; it is not stored anywhere else.
 *
 * @param accountId the closed account (it stays, nameless, for the figures)
 * @param formerEmail the address the account had
 */
public record AccountClosed(UUID accountId, String formerEmail) {
}
