package org.boussole.accompaniment.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.boussole.accompaniment.DossierParticipation;
import org.boussole.accompaniment.DossierParticipation.Participant;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.shared.DemoDataPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A short fictional conversation in Camille's demo dossier (see docs/demo-data.md): two
 * messages read, and Camille's last one still waiting for Anne, so that the caseload
 * shows an unread message. Loaded after the demo dossiers, under the same conditions, and
 * only while no message exists.
 */
@Component
@Order(210) // after the demo dossiers (200)
class MessageDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MessageDemoData.class);

	private final DemoDataPolicy policy;

	private final AccountManagement accounts;

	private final DossierParticipation participation;

	private final MessageRepository messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MessageDemoData(DemoDataPolicy policy, AccountManagement accounts, DossierParticipation participation,
			MessageRepository messages, TransactionTemplate transactions, Clock clock) {
		this.policy = policy;
		this.accounts = accounts;
		this.participation = participation;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!policy.allowsDemoData() || messages.count() > 0) {
			return;
		}
		accounts.findByEmail("camille.martin@demo.boussole.test")
			.map(AccountSummary::id)
			.flatMap(participation::currentOf)
			.filter(dossier -> dossier.open() && dossier.referentId() != null)
			.ifPresent(dossier -> {
				transactions.executeWithoutResult(status -> load(dossier));
				log.info("Loaded the fictional demo messages");
			});
	}

	private void load(Participant dossier) {
		Instant now = clock.instant();
		UUID camille = dossier.beneficiaryId();
		UUID anne = dossier.referentId();
		Message first = write(dossier, anne, false,
				"Bonjour Camille,\nje suis votre conseillère référente. Pourriez-vous m'envoyer votre CV avant notre premier rendez-vous ?",
				now.minus(Duration.ofDays(17)));
		first.markRead(now.minus(Duration.ofDays(16)));
		Message second = write(dossier, camille, true,
				"Bonjour,\nje vous l'envoie dès que je l'ai mis à jour. Le mardi soir me convient pour le rendez-vous.",
				now.minus(Duration.ofDays(16)));
		second.markRead(now.minus(Duration.ofDays(15)));
		write(dossier, camille, true,
				"Je me pose une question sur le financement d'une formation d'infirmière : pouvons-nous en parler ?",
				now.minus(Duration.ofHours(3)));
	}

	private Message write(Participant dossier, UUID author, boolean fromBeneficiary, String text, Instant at) {
		return messages
			.save(Message.write(dossier.dossierId(), author, fromBeneficiary, text, UUID.randomUUID(), false, at));
	}

}
