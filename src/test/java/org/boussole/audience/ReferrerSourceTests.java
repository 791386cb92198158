package org.boussole.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferrerSourceTests {

	@Test // #8
	void noRefererIsADirectVisit() {
		assertThat(ReferrerSource.of(null, "boussole.example.org", null)).isEqualTo(ReferrerSource.DIRECT);
		assertThat(ReferrerSource.of("  ", "boussole.example.org", "")).isEqualTo(ReferrerSource.DIRECT);
	}

	@Test // #8
	void searchEnginesAreToldByTheirNameWhateverTheCountry() {
		for (String referer : new String[] { "https://www.google.fr/", "https://www.google.co.uk/search?q=x",
				"https://www.bing.com/", "https://duckduckgo.com/", "https://www.qwant.com/?q=metier",
				"https://www.ecosia.org/search", "https://search.brave.com/search?q=vae",
				"https://fr.search.yahoo.com/" }) {
			assertThat(ReferrerSource.of(referer, "boussole.example.org", null)).as(referer)
				.isEqualTo(ReferrerSource.SEARCH);
		}
	}

	@Test // #8
	void socialNetworksAndTheirShortLinksAreSocial() {
		for (String referer : new String[] { "https://www.facebook.com/", "https://m.facebook.com/", "https://t.co/abc",
				"https://www.linkedin.com/feed/", "https://lnkd.in/x", "https://x.com/", "https://www.youtube.com/" }) {
			assertThat(ReferrerSource.of(referer, "boussole.example.org", null)).as(referer)
				.isEqualTo(ReferrerSource.SOCIAL);
		}
	}

	@Test // #8
	void otherSitesAndTheSiteItself() {
		assertThat(ReferrerSource.of("https://www.francetravail.fr/", "boussole.example.org", null))
			.isEqualTo(ReferrerSource.SITE);
		assertThat(ReferrerSource.of("https://googleblog.example.com/", "boussole.example.org", null))
			.isEqualTo(ReferrerSource.SITE);
		assertThat(ReferrerSource.of("https://boussole.example.org/metiers", "boussole.example.org", null))
			.isEqualTo(ReferrerSource.INTERNAL);
		assertThat(ReferrerSource.of("not a URL at all \\ {}", "boussole.example.org", null))
			.isEqualTo(ReferrerSource.SITE);
	}

	@Test // #8
	void campaignParametersWinOverTheReferer() {
		assertThat(ReferrerSource.of("https://www.facebook.com/", "boussole.example.org",
				"utm_source=lettre&utm_medium=email"))
			.isEqualTo(ReferrerSource.CAMPAIGN);
		assertThat(ReferrerSource.of(null, "boussole.example.org", "UTM_CAMPAIGN=printemps"))
			.isEqualTo(ReferrerSource.CAMPAIGN);
		assertThat(ReferrerSource.of(null, "boussole.example.org", "utm_source=")).isEqualTo(ReferrerSource.DIRECT);
	}

	@Test // #8
	void aHugeRefererIsIgnored() {
		String huge = "https://www.google.fr/?q=" + "a".repeat(100_000);
		assertThat(ReferrerSource.of(huge, "boussole.example.org", null)).isEqualTo(ReferrerSource.DIRECT);
	}

}
