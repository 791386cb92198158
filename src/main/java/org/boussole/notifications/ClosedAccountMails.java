package org.boussole.notifications;

import org.boussole.accounts.AccountClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * When a person closes their account, the mails to their former address are dropped:
 * those still waiting are not sent, and those already sent leave the administrators' log
 * (they hold the person's name and address).
 */
@Component
class ClosedAccountMails {

	private final EntityManager entityManager;

	ClosedAccountMails(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@ApplicationModuleListener
	void on(AccountClosed event) {
		entityManager.createQuery("select m from OutboxMail m where m.recipient = :recipient", OutboxMail.class)
			.setParameter("recipient", event.formerEmail())
			.getResultList()
			.forEach(entityManager::remove);
	}

}
