package org.boussole.activity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.boussole.accompaniment.AppointmentTestDossiers;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.browser.BrowserJourney;
import org.boussole.browser.BrowserTest;
import org.boussole.browser.Viewport;
import org.boussole.content.RomeReferences;
import org.boussole.content.RomeReferences.InterestRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person fills in "Mes centres d'intérêt" on a 360 px phone over two sittings and sends
 * it; their referent, on a desktop, finds it in the caseload, reads the answers and
 * accepts it with a comment; the person sees it accepted.
 */
class InterestsActivityBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	ActivityManagement management;

	@Autowired
	RomeReferences rome;

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	JdbcTemplate jdbc;

	@BrowserJourney(Viewport.PHONE) // #2
	void aPersonRatesTheirInterestsOnAPhoneAndTheReferentAcceptsThem() {
		CurrentUser counsellor = ActivityTestSupport.newAccount(accounts, "conseiller", Role.COUNSELLOR);
		CurrentUser person = ActivityTestSupport.newAccount(accounts, "beneficiaire", Role.BENEFICIARY);
		UUID dossierId = AppointmentTestDossiers.openDossier(applicationContext, person.id(), counsellor.id());
		UUID template = jdbc.queryForObject("select id from activity.template where builtin_key = 'centres-interet'",
				UUID.class);
		UUID activityId = management.assign(counsellor, dossierId, template, "Avant notre entretien de mardi.", null,
				null);
		List<InterestRef> interests = rome.interests();
		assertThat(interests).hasSize(30);

		// first sitting: half of the interests, saved, then the person leaves
		Page phone = page();
		logIn(phone, person.email());
		Page activity = openActivity(phone, activityId);
		assertThat(activity.locator("main")).containsText("Avant notre entretien de mardi.");
		assertBasicAccessibility(activity);
		measure(activity);
		for (int i = 0; i < 15; i++) {
			rating(activity, interests.get(i)).selectOption(String.valueOf(i % 4 + 1));
		}
		assertNoHorizontalScroll(activity);
		assertThat(activity.locator(".autosave-status")).containsText("Enregistré à");
		activity.waitForTimeout(500);
		activate(button(activity, "Enregistrer"));
		assertThat(activity.getByRole(AriaRole.STATUS)).containsText("Vos réponses sont enregistrées");
		open("/mon-accompagnement");

		// second sitting: what was rated is still there; the rest, then sent
		activity = openActivity(phone, activityId);
		for (int i = 0; i < 15; i++) {
			assertThat(rating(activity, interests.get(i))).hasValue(String.valueOf(i % 4 + 1));
		}
		assertThat(rating(activity, interests.get(15))).hasValue("");
		for (int i = 15; i < 30; i++) {
			rating(activity, interests.get(i)).selectOption(String.valueOf(i % 4 + 1));
		}
		activity.getByLabel("Y a-t-il une envie importante pour vous qui n'apparaît pas dans la liste ?")
			.fill("Travailler dehors, près du lac.");
		assertThat(activity.locator(".autosave-status")).containsText("Enregistré à");
		activity.waitForTimeout(500);
		noHorizontalScrollAt360(activity);
		activate(button(activity, "Envoyer à mon conseiller"));
		assertThat(activity).hasURL(url("/mon-accompagnement/activites"));
		assertThat(activity.getByRole(AriaRole.STATUS)).containsText("Votre activité a été envoyée");
		assertThat(activity.locator("main")).containsText("Envoyée");
		noHorizontalScrollAt360(activity);

		// the referent, on a desktop: the caseload tells the activity waits, then the
		// review
		Browser browser = context().browser();
		try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
			.setLocale("fr-FR")
			.setTimezoneId("Europe/Paris"))) {
			Page office = desktop.newPage();
			logIn(office, counsellor.email());
			office.navigate(url("/conseil/dossiers"));
			Locator row = office.locator("li:has(a[href='/conseil/dossiers/" + dossierId + "'])").first();
			assertThat(row).containsText("Activité à relire");
			row.locator("a[href='/conseil/dossiers/" + dossierId + "']").first().click();
			assertThat(office).hasURL(url("/conseil/dossiers/" + dossierId));
			office.locator("main")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Activités du dossier"))
				.click();
			office.locator("main")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mes centres d'intérêt"))
				.click();
			assertThat(office).hasURL(url("/conseil/dossiers/" + dossierId + "/activites/" + activityId));
			Locator answers = office.locator("main");
			for (int i = 0; i < 30; i++) {
				assertThat(answers).containsText(interests.get(i).label() + " : " + (i % 4 + 1) + "/4");
			}
			assertThat(answers).containsText("Travailler dehors, près du lac.");
			office.getByLabel("Commentaire pour la personne").fill("Merci, nous en parlerons mardi !");
			button(office, "Valider l'activité").click();
			assertThat(office.getByRole(AriaRole.STATUS)).containsText("L'activité est validée.");
			office.navigate(url("/conseil/dossiers"));
			assertThat(office.locator("main")).not().containsText("Activité à relire");
		}

		// the person sees it accepted, with the comment
		activity = openActivity(phone, activityId);
		assertThat(activity.locator(".activity-status")).hasText("Validée");
		assertThat(activity.locator("main")).containsText("Merci, nous en parlerons mardi !");
		noHorizontalScrollAt360(activity);
	}

	/**
	 * Prints what the activity page weighs on the phone: the HTML, CSS and scripts as
	 * sent (compressed), from the browser's resource timing, whether they came from the
	 * network or from the cache of the pages before.
	 */
	@SuppressWarnings("unchecked")
	private static void measure(Page page) {
		Map<String, Object> sizes = (Map<String, Object>) page.evaluate("""
				(() => {
				  const entries = [performance.getEntriesByType('navigation')[0]]
				    .concat(performance.getEntriesByType('resource'));
				  const r = { encoded: 0, decoded: 0, files: [] };
				  entries.forEach(e => {
				    r.encoded += e.encodedBodySize; r.decoded += e.decodedBodySize;
				    r.files.push(new URL(e.name).pathname + ' ' + e.encodedBodySize + '/' + e.decodedBodySize);
				  });
				  return r;
				})()""");
		double encoded = ((Number) sizes.get("encoded")).doubleValue();
		double decoded = ((Number) sizes.get("decoded")).doubleValue();
		System.out.printf(
				"Activity page \"Mes centres d'intérêt\" on a phone: %.1f KB transferred (gzip), "
						+ "%.1f KB uncompressed (HTML + CSS + JS): %s%n",
				encoded / 1024, decoded / 1024, sizes.get("files"));
		assertThat(encoded).as("compressed size of the page").isPositive().isLessThan(decoded).isLessThan(60 * 1024);
	}

	/** Opens the activity from the person's space, through the links. */
	private Page openActivity(Page page, UUID activityId) {
		open("/mon-accompagnement");
		activate(
				page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mes activités")));
		assertThat(page).hasURL(url("/mon-accompagnement/activites"));
		activate(page.locator("main a[href='/mon-accompagnement/activites/" + activityId + "']"));
		assertThat(page).hasURL(url("/mon-accompagnement/activites/" + activityId));
		noHorizontalScrollAt360(page);
		return page;
	}

	private static Locator rating(Page page, InterestRef interest) {
		return page.locator("#q_interets_" + interest.code());
	}

	private static void noHorizontalScrollAt360(Page page) {
		Object width = page.evaluate("document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("page width at 360 px on %s", page.url()).isLessThanOrEqualTo(360);
	}

	private void logIn(Page page, String email) {
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique", new Page.GetByLabelOptions().setExact(true)).fill(email);
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(ActivityTestSupport.PASSWORD);
		button(page, "Se connecter").click();
		assertThat(page).not().hasURL(url("/connexion"));
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
