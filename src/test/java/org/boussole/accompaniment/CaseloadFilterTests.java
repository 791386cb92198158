package org.boussole.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class CaseloadFilterTests {

	@Test // #5
	void readsTheFormLenientlyAndFallsBackToDefaults() {
		CaseloadFilter filter = CaseloadFilter.of("  Hélène  ", "closed", "1", "nom", "3");
		assertThat(filter)
			.isEqualTo(new CaseloadFilter("Hélène", DossierStatus.CLOSED, true, CaseloadFilter.Sort.NOM, 3));
		assertThat(CaseloadFilter.of(null, "nimporte", "oui", "'; drop table", "-2")).isEqualTo(CaseloadFilter.all());
		assertThat(CaseloadFilter.of("x".repeat(500), null, null, null, "99999999999").text()).hasSize(100);
		assertThat(CaseloadFilter.of(null, null, null, null, "99999999999").page()).isEqualTo(1);
	}

	@Test // #5
	void linksKeepTheFiltersAndTheCounsellor() {
		UUID counsellor = UUID.fromString("00000000-0000-0000-0000-000000000001");
		CaseloadFilter filter = CaseloadFilter.of("é & co", "open", "1", "statut", "2");
		assertThat(filter.link(3, counsellor)).isEqualTo("/conseil/dossiers?conseiller=" + counsellor
				+ "&q=%C3%A9%20%26%20co&statut=open&action=1&tri=statut&page=3");
		assertThat(CaseloadFilter.all().link(1, null)).isEqualTo("/conseil/dossiers");
	}

	@Test // #5
	void searchedWildcardsAreTakenLiterally() {
		assertThat(CaseloadSearch.likeEscaped("50%_a!")).isEqualTo("50!%!_a!!");
	}

}
