package org.boussole.network;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.Role;
import org.boussole.shared.DemoDataPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional demo data (see docs/demo-data.md): four structures with their sites, and one
 * account per role, all with the password {@value #PASSWORD}. Loaded once, into the
 * embedded database of a new installation only: never with an external database, never
 * while a command runs, never once accounts exist.
 */
@Component
@Order(LocalityLoader.ORDER + 10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "Demo-Boussole-2026";

	static final String DOMAIN = "@demo.boussole.test";

	static final String ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoDataPolicy policy;

	private final AccountManagement accounts;

	private final StructureRepository structures;

	private final SiteRepository sites;

	private final SiteOpeningRepository openings;

	private final StaffManagement staff;

	private final LocalityCatalogue localities;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoData(DemoDataPolicy policy, AccountManagement accounts, StructureRepository structures, SiteRepository sites,
			SiteOpeningRepository openings, StaffManagement staff, LocalityCatalogue localities,
			TransactionTemplate transactions, Clock clock) {
		this.policy = policy;
		this.accounts = accounts;
		this.structures = structures;
		this.sites = sites;
		this.openings = openings;
		this.staff = staff;
		this.localities = localities;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (shouldLoad()) {
			transactions.executeWithoutResult(status -> load());
			log.info("Loaded the fictional demo data (accounts {}, password in docs/demo-data.md)", DOMAIN);
		}
	}

	boolean shouldLoad() {
		return policy.allowsDemoData() && !accounts.hasAccounts();
	}

	private void load() {
		UUID admin = account("admin", "Alex Admin (démo)", Role.NETWORK_ADMIN);
		accounts.enableTotpWithSecret(admin, ADMIN_TOTP_SECRET);
		account("redaction", "Romane Rédaction (démo)", Role.EDITOR);
		account("financeur", "Fabien Financeur (démo)", Role.FUNDER);
		for (String[] person : new String[][] { { "camille.martin", "Camille Martin (démo)" },
				{ "karim.benali", "Karim Benali (démo)" }, { "lea.dubois", "Léa Dubois (démo)" } }) {
			account(person[0], person[1], Role.BENEFICIARY);
		}

		Structure genevois = structure("MIFE du Genevois français (démo)", Country.FR, "contact.genevois");
		site(genevois, "MIFE Annemasse (démo)", "12 rue de l'Exemple", "74100", "Annemasse", "01 99 00 10 10");
		site(genevois, "MIFE Saint-Julien-en-Genevois (démo)", "3 place Imaginaire", "74160",
				"Saint-Julien-en-Genevois", "01 99 00 10 20");
		Structure savoie = structure("MIFE de Savoie (démo)", Country.FR, "contact.savoie");
		site(savoie, "MIFE Chambéry (démo)", "8 avenue Fictive", "73000", "Chambéry", "01 99 00 20 10");
		site(savoie, "MIFE Albertville (démo)", "21 rue du Modèle", "73200", "Albertville", "01 99 00 20 20");
		Structure ain = structure("MIFE de l'Ain (démo)", Country.FR, "contact.ain");
		site(ain, "MIFE Bourg-en-Bresse (démo)", "5 boulevard de la Démo", "01000", "Bourg-en-Bresse",
				"01 99 00 30 10");
		site(ain, "MIFE Valserhône (démo)", "14 rue Inventée, Bellegarde-sur-Valserine", "01200", "Valserhône",
				"01 99 00 30 20");
		Structure ofpc = structure("OFPC Genève (démo)", Country.CH, "contact.ofpc");
		site(ofpc, "OFPC Genève – Cité des métiers (démo)", "6 rue Imaginaire", "1204", "Genève", "01 99 00 40 10");
		site(ofpc, "OFPC Meyrin (démo)", "2 chemin de l'Exemple", "1217", "Meyrin", "01 99 00 40 20");

		staff("responsable.genevois", "Rachel Responsable (démo)", genevois, StaffRole.STRUCTURE_ADMIN);
		staff("conseillere.annemasse", "Anne Conseillère (démo)", genevois, StaffRole.COUNSELLOR);
		staff("conseiller.stjulien", "Julien Conseiller (démo)", genevois, StaffRole.COUNSELLOR);
		staff("conseiller.chambery", "Charles Conseiller (démo)", savoie, StaffRole.COUNSELLOR);
		staff("conseillere.bourg", "Bérénice Conseillère (démo)", ain, StaffRole.COUNSELLOR);
		staff("conseillere.geneve", "Geneviève Conseillère (démo)", ofpc, StaffRole.COUNSELLOR);
		staff("responsable.ofpc", "Oscar Responsable (démo)", ofpc, StaffRole.STRUCTURE_ADMIN);
		staff("evenements.genevois", "Eva Événements (démo)", genevois, StaffRole.EDITOR);
	}

	private UUID account(String login, String name, Role role) {
		return accounts.createActiveAccount(login + DOMAIN, name, Set.of(role), PASSWORD).id();
	}

	private void staff(String login, String name, Structure structure, StaffRole role) {
		UUID id = accounts.createActiveAccount(login + DOMAIN, name, EnumSet.of(role.accountRole()), PASSWORD).id();
		this.staff.addMembership(structure, id, role);
	}

	private Structure structure(String name, Country country, String contact) {
		return structures.save(new Structure(name, country, contact + DOMAIN, clock.instant()));
	}

	private void site(Structure structure, String name, String address, String postalCode, String commune,
			String phone) {
		Locality locality = localities.find(structure.getCountry(), postalCode, commune)
			.orElseThrow(() -> new IllegalStateException("Localité absente : " + postalCode + " " + commune));
		String hours = "Lundi au jeudi : 9 h – 12 h 30 et 13 h 30 – 17 h\nVendredi : 9 h – 12 h 30";
		String access = "Accès de plain-pied, ascenseur, boucle magnétique à l'accueil.";
		Site site = sites.save(new Site(structure,
				new SiteDetails(name, address, postalCode, commune, hours, phone, access), locality));
		// the same hours as the text, as weekly openings: they bound the in-person
		// appointments of the site
		for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
			openings.save(new SiteOpening(site.getId(),
					new SiteCalendar.Opening(day, LocalTime.of(9, 0), LocalTime.of(12, 30))));
			if (day != DayOfWeek.FRIDAY) {
				openings.save(new SiteOpening(site.getId(),
						new SiteCalendar.Opening(day, LocalTime.of(13, 30), LocalTime.of(17, 0))));
			}
		}
	}

}
