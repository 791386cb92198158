package org.boussole.accompaniment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.network.NearbySite;
import org.boussole.network.NetworkManagement;
import org.boussole.shared.DemoDataPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few fictional dossiers for the demo beneficiaries (see docs/demo-data.md): Camille
 * followed in Annemasse, Karim waiting in the OFPC's queue, Léa's dossier closed in
 * Chambéry. Loaded after the network's demo data, under the same conditions (embedded
 * database, demo data on, no command running), and only while no dossier exists.
 */
@Component
@Order(AccompanimentDemoData.ORDER)
class AccompanimentDemoData implements ApplicationRunner {

	/** After the localities (100) and the network's demo data (110). */
	static final int ORDER = 200;

	private static final String DOMAIN = "@demo.boussole.test";

	private static final Logger log = LoggerFactory.getLogger(AccompanimentDemoData.class);

	private final DemoDataPolicy policy;

	private final AccountManagement accounts;

	private final NetworkManagement network;

	private final DossierRepository dossiers;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AccompanimentDemoData(DemoDataPolicy policy, AccountManagement accounts, NetworkManagement network,
			DossierRepository dossiers, TransactionTemplate transactions, Clock clock) {
		this.policy = policy;
		this.accounts = accounts;
		this.network = network;
		this.dossiers = dossiers;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (shouldLoad()) {
			transactions.executeWithoutResult(status -> load());
			log.info("Loaded the fictional demo dossiers");
		}
	}

	boolean shouldLoad() {
		return policy.allowsDemoData() && accounts.findByEmail("camille.martin" + DOMAIN).isPresent()
				&& dossiers.count() == 0;
	}

	private void load() {
		Instant now = clock.instant();
		UUID anne = id("conseillere.annemasse");
		UUID rachel = id("responsable.genevois");
		UUID charles = id("conseiller.chambery");
		Dossier camille = request("camille.martin", "74100", Situation.CROSS_BORDER_WORKER,
				EnumSet.of(Wish.CHANGE_JOB, Wish.TRAIN), "Plutôt le mardi ou le jeudi en fin de journée.",
				"/metiers/D1102", now.minus(Duration.ofDays(20)));
		camille.assign(anne, rachel, now.minus(Duration.ofDays(18)));
		request("karim.benali", "1204", Situation.JOB_SEEKER, EnumSet.of(Wish.VALIDATE_EXPERIENCE),
				"Disponible tous les matins.", null, now.minus(Duration.ofDays(2)));
		Dossier lea = request("lea.dubois", "73000", Situation.EMPLOYED, EnumSet.of(Wish.CLARIFY_PROJECT), null, null,
				now.minus(Duration.ofDays(120)));
		lea.assign(charles, null, now.minus(Duration.ofDays(119)));
		lea.close(Outcome.TRAINING_STARTED, charles, "Entrée en formation d'aide-soignante en septembre.",
				now.minus(Duration.ofDays(30)));
	}

	private Dossier request(String login, String postalCode, Situation situation, EnumSet<Wish> wishes,
			String availability, String origin, Instant at) {
		NearbySite site = network.nearestSite(postalCode).orElseThrow();
		RequestDetails details = new RequestDetails(situation, wishes,
				EnumSet.of(MeetingMode.IN_PERSON, MeetingMode.VIDEO), availability, postalCode, null, null, origin);
		return dossiers.save(Dossier.request(id(login), site.site().structureId(), site.site().id(), details, at));
	}

	private UUID id(String login) {
		return accounts.findByEmail(login + DOMAIN).map(AccountSummary::id).orElseThrow();
	}

}
