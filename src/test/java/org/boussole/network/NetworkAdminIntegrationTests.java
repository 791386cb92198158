package org.boussole.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boussole.network.NetworkTestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.EnumSet;
import java.util.UUID;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AppIntegrationTest
class NetworkAdminIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NetworkAdministration admin;

	@Autowired
	StaffManagement staff;

	@Autowired
	NetworkManagement network;

	@Autowired
	AccountManagement accounts;

	CurrentUser networkAdmin = NetworkTestUsers.networkAdmin();

	CurrentUser structureAdmin;

	UUID own;

	UUID other;

	UUID otherSite;

	String suffix = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void createTwoStructures() {
		own = admin.createStructure(networkAdmin, "Propre " + suffix, Country.FR, null);
		other = admin.createStructure(networkAdmin, "Autre " + suffix, Country.CH, null);
		otherSite = admin.createSite(networkAdmin, other,
				new SiteDetails("Site autre " + suffix, "1 rue Test", "1217", "Meyrin", null, null, null));
		var account = accounts.createActiveAccount("resp-" + suffix + "@network.test", "Resp " + suffix,
				EnumSet.of(Role.STRUCTURE_ADMIN), "Une phrase de passe assez longue 42");
		structureAdmin = new CurrentUser(account.id(), account.email(), account.displayName(), account.roles(), false);
		staff.addMembership(admin.structure(networkAdmin, own), account.id(), StaffRole.STRUCTURE_ADMIN);
	}

	@AfterEach
	void keepTheCentreFinderClean() {
		admin.setStructureActive(networkAdmin, own, false);
		admin.setStructureActive(networkAdmin, other, false);
	}

	@Test // #2
	void structureAdminSeesOnlyTheStructuresTheyManage() {
		assertThat(mvc.get().uri("/admin/reseau").with(as(structureAdmin))).hasStatusOk()
			.bodyText()
			.contains("Propre " + suffix)
			.doesNotContain("Autre " + suffix, "Nouvelle structure");
		assertThat(mvc.get().uri("/admin/reseau/structures/{id}", own).with(as(structureAdmin))).hasStatusOk();
		assertThat(mvc.get().uri("/admin/reseau/structures/{id}/equipe", own).with(as(structureAdmin))).hasStatusOk()
			.bodyText()
			.contains("Resp " + suffix);
		assertThat(network.isStructureAdmin(structureAdmin.id(), own)).isTrue();
		assertThat(network.isStructureAdmin(structureAdmin.id(), other)).isFalse();
		assertThat(network.structuresOf(structureAdmin.id())).extracting(StructureSummary::name)
			.containsExactly("Propre " + suffix);
	}

	@Test // #2
	void structureAdminCannotSeeNorChangeAnotherStructure() {
		for (String page : new String[] { "", "/equipe", "/sites/nouveau", "/sites/" + otherSite + "/modifier",
				"/modifier" }) {
			assertThat(mvc.get().uri("/admin/reseau/structures/" + other + page).with(as(structureAdmin)))
				.hasStatus(403);
		}
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/sites", other)
			.param("name", "Intrus")
			.param("addressLine", "1 rue")
			.param("postalCode", "1204")
			.param("commune", "Genève")
			.with(as(structureAdmin))
			.with(csrf())).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/sites/{site}/desactiver", other, otherSite)
			.with(as(structureAdmin))
			.with(csrf())).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/equipe", other)
			.param("email", "intrus@network.test")
			.param("displayName", "Intrus")
			.param("role", "STRUCTURE_ADMIN")
			.with(as(structureAdmin))
			.with(csrf())).hasStatus(403);
		// a site of another structure reached through one's own structure is not found
		// either
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/sites/{site}/desactiver", own, otherSite)
			.with(as(structureAdmin))
			.with(csrf())).hasStatus(404);
		assertThat(admin.sitesOf(networkAdmin, other)).singleElement()
			.satisfies(site -> assertThat(site.isActive()).isTrue());
		assertThat(network.isStructureAdmin(structureAdmin.id(), other)).isFalse();
	}

	@Test // #2
	void onlyANetworkAdminCreatesEditsOrDeactivatesStructures() {
		assertThat(mvc.get().uri("/admin/reseau/structures/nouvelle").with(as(structureAdmin))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/reseau/structures")
			.param("name", "Pirate " + suffix)
			.param("country", "FR")
			.with(as(structureAdmin))
			.with(csrf())).hasStatus(403);
		assertThat(
				mvc.post().uri("/admin/reseau/structures/{id}/desactiver", own).with(as(structureAdmin)).with(csrf()))
			.hasStatus(403);
		assertThat(network.findStructure(own)).get().satisfies(s -> assertThat(s.active()).isTrue());

		assertThat(mvc.post()
			.uri("/admin/reseau/structures")
			.param("name", "Nouvelle " + suffix)
			.param("country", "CH")
			.param("contactEmail", "ofpc@network.test")
			.with(as(networkAdmin))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(network.allStructures()).filteredOn(s -> s.name().equals("Nouvelle " + suffix))
			.singleElement()
			.satisfies(s -> assertThat(s.timeZone().getId()).isEqualTo("Europe/Zurich"));
		assertThat(mvc.post().uri("/admin/reseau/structures/{id}/desactiver", own).with(as(networkAdmin)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(network.findStructure(own)).get().satisfies(s -> assertThat(s.active()).isFalse());
	}

	@Test // #2
	void unknownStructureIsNotFound() {
		assertThat(mvc.get().uri("/admin/reseau/structures/{id}", UUID.randomUUID()).with(as(networkAdmin)))
			.hasStatus(404);
	}

	@Test // #2
	void counsellorsAnonymousVisitorsAndForgedPostsAreTurnedAway() {
		assertThat(mvc.get().uri("/admin/reseau").with(as(NetworkTestUsers.person(Role.COUNSELLOR)))).hasStatus(403);
		assertThat(mvc.get().uri("/admin/reseau")).hasStatus3xxRedirection().hasRedirectedUrl("/connexion");
		assertThat(mvc.post().uri("/admin/reseau/structures/{id}/desactiver", other).with(as(networkAdmin)))
			.hasStatus(403);
		assertThat(network.findStructure(other)).get().satisfies(s -> assertThat(s.active()).isTrue());
	}

	@Test // #2
	void siteFormExplainsMistakesNextToTheFieldsAndKeepsWhatWasTyped() {
		var result = mvc.post()
			.uri("/admin/reseau/structures/{id}/sites", own)
			.param("name", "")
			.param("addressLine", "<script>alert('x')</script>")
			.param("postalCode", "7410")
			.param("commune", "Annemasse")
			.param("phone", "appelez-nous")
			.with(as(structureAdmin))
			.with(csrf());
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Ce champ est obligatoire.", "Les caractères &lt; et &gt; ne sont pas acceptés.",
					"Un code postal français compte 5 chiffres", "Saisissez un numéro de téléphone", "value=\"7410\"",
					"value=\"Annemasse\"", "value=\"appelez-nous\"", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
					"aria-invalid=\"true\"", "aria-describedby=\"name-error\"")
			.doesNotContain("<script>alert");
		assertThat(admin.sitesOf(networkAdmin, own)).isEmpty();
	}

	@Test // #2
	void siteNeedsACommuneOfItsPostalCodeInTheStructuresCountry() {
		assertThat(postSite(own, "74100", "Atlantide")).hasStatusOk()
			.bodyText()
			.contains("Commune inconnue pour ce code postal", "value=\"Atlantide\"");
		assertThat(postSite(other, "74100", "Annemasse").with(as(networkAdmin))).hasStatusOk()
			.bodyText()
			.contains("Un NPA genevois compte 4 chiffres");
		assertThat(admin.sitesOf(networkAdmin, own)).isEmpty();

		assertThat(postSite(own, "74160", "st julien en genevois")).hasStatus3xxRedirection();
		assertThat(admin.sitesOf(networkAdmin, own)).singleElement().satisfies(site -> {
			assertThat(site.toSummary().commune()).isEqualTo("Saint-Julien-en-Genevois");
			assertThat(site.toSummary().point().latitude()).isBetween(46.0, 46.3);
		});
	}

	private MockMvcTester.MockMvcRequestBuilder postSite(UUID structure, String postalCode, String commune) {
		return mvc.post()
			.uri("/admin/reseau/structures/{id}/sites", structure)
			.param("name", "Site " + suffix)
			.param("addressLine", "1 rue Test")
			.param("postalCode", postalCode)
			.param("commune", commune)
			.param("openingHours", "Lundi : 9 h – 12 h")
			.with(as(structureAdmin))
			.with(csrf());
	}

	@Test // #2
	void structureFormKeepsWhatWasTypedAndRefusesDuplicates() {
		assertThat(mvc.post()
			.uri("/admin/reseau/structures")
			.param("name", "x".repeat(121))
			.param("country", "FR")
			.param("contactEmail", "pas-une-adresse")
			.with(as(networkAdmin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Saisissez au plus 120 caractères", "Saisissez une adresse électronique valide",
					"value=\"pas-une-adresse\"");
		assertThat(mvc.post()
			.uri("/admin/reseau/structures")
			.param("name", "propre " + suffix)
			.param("country", "FR")
			.with(as(networkAdmin))
			.with(csrf())).hasStatusOk().bodyText().contains("Une structure porte déjà ce nom.");
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/modifier", other)
			.param("name", "Autre " + suffix)
			.param("country", "FR")
			.with(as(networkAdmin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Le pays ne peut pas changer tant que la structure a des sites.");
		assertThat(network.findStructure(other)).get().satisfies(s -> assertThat(s.country()).isEqualTo(Country.CH));
	}

	@Test // #2
	void staffPageValidatesInvitationsAndRemovesMembers() {
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/equipe", own)
			.param("email", "pas-une-adresse")
			.param("displayName", "")
			.with(as(structureAdmin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Saisissez une adresse électronique valide", "Ce champ est obligatoire.",
					"value=\"pas-une-adresse\"");

		var counsellor = accounts.createActiveAccount("cons-" + suffix + "@network.test", "Cons " + suffix,
				EnumSet.of(Role.COUNSELLOR), "Une phrase de passe assez longue 42");
		staff.addMembership(admin.structure(networkAdmin, own), counsellor.id(), StaffRole.COUNSELLOR);
		assertThat(network.counsellorsOf(own)).containsExactly(counsellor.id());
		var member = staff.staff(networkAdmin, own)
			.stream()
			.filter(m -> m.accountId().equals(counsellor.id()))
			.findFirst()
			.orElseThrow();
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/equipe/{m}/retirer", other, member.membershipId())
			.with(as(networkAdmin))
			.with(csrf())).hasStatus(404);
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/equipe/{m}/retirer", own, member.membershipId())
			.with(as(structureAdmin))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(network.counsellorsOf(own)).isEmpty();
	}

	@Test // #2
	void demoDataGivesTheStructureAdminsTheirStructures() {
		var responsable = accounts.findByEmail("responsable.genevois@demo.boussole.test").orElseThrow();
		assertThat(network.structuresOf(responsable.id())).extracting(StructureSummary::name)
			.containsExactly("MIFE du Genevois français (démo)");
		var ofpc = accounts.findByEmail("responsable.ofpc@demo.boussole.test").orElseThrow();
		UUID ofpcId = network.structuresOf(ofpc.id()).get(0).id();
		assertThat(network.isStructureAdmin(ofpc.id(), ofpcId)).isTrue();
		assertThat(network.findStructure(ofpcId)).get()
			.satisfies(s -> assertThat(s.timeZone().getId()).isEqualTo("Europe/Zurich"));
		assertThat(accounts.findByEmail("admin@demo.boussole.test")).get()
			.satisfies(a -> assertThat(a.roles()).containsExactly(Role.NETWORK_ADMIN));
	}

	@Test // #21
	void aRoleThatDoesNotExistIsSaidNextToTheFieldInFrenchAndChangesNothing() {
		String email = "inconnu-" + suffix + "@network.test";
		assertThat(mvc.post()
			.uri("/admin/reseau/structures/{id}/equipe", own)
			.param("email", email)
			.param("displayName", "Inconnu")
			.param("role", "NETWORK_ADMIN")
			.with(as(structureAdmin))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Cette valeur n", "id=\"role-error\"")
			.doesNotContain("Failed to convert", "org.boussole");
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

}
