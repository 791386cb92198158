package org.boussole.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.boussole.browser.ChromiumRequirement.Outcome;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ChromiumRequirementTests {

	@Test // #2
	void runsWhenTheDefaultChromiumIsThere() {
		ChromiumRequirement requirement = ChromiumRequirement.decide(null, "/usr/bin/chromium"::equals, "true");

		assertThat(requirement.outcome()).isEqualTo(Outcome.RUN);
		assertThat(requirement.executable()).isEqualTo("/usr/bin/chromium");
	}

	@Test // #2
	void usesTheConfiguredPathInsteadOfTheDefault() {
		ChromiumRequirement requirement = ChromiumRequirement.decide(" /opt/chromium/chrome ",
				"/opt/chromium/chrome"::equals, null);

		assertThat(requirement.outcome()).isEqualTo(Outcome.RUN);
		assertThat(requirement.executable()).isEqualTo("/opt/chromium/chrome");
	}

	@Test // #2
	void blankConfiguredPathMeansTheDefault() {
		assertThat(ChromiumRequirement.decide("  ", path -> false, null).executable()).isEqualTo("/usr/bin/chromium");
	}

	@Test // #2
	void skipsWithoutChromiumOutsideCi() {
		ChromiumRequirement requirement = ChromiumRequirement.decide(null, path -> false, null);

		assertThat(requirement.outcome()).isEqualTo(Outcome.SKIP);
		assertThat(requirement.message()).startsWith(ChromiumRequirement.MISSING).contains("/usr/bin/chromium");
		assertThatThrownBy(requirement::enforce).isInstanceOf(TestAbortedException.class)
			.hasMessageContaining("apt-get install -y chromium");
	}

	@Test // #2
	void skipsWithoutChromiumWhenCiIsNotTrue() {
		assertThat(ChromiumRequirement.decide(null, path -> false, "false").outcome()).isEqualTo(Outcome.SKIP);
		assertThat(ChromiumRequirement.decide(null, path -> false, "").outcome()).isEqualTo(Outcome.SKIP);
	}

	@Test // #2
	void failsWithoutChromiumInCi() {
		ChromiumRequirement requirement = ChromiumRequirement.decide("/nowhere/chromium", path -> false, "true");

		assertThat(requirement.outcome()).isEqualTo(Outcome.FAIL);
		assertThatThrownBy(requirement::enforce).isInstanceOf(AssertionFailedError.class)
			.hasMessageStartingWith("Chromium is required for the browser tests in CI: apt-get install -y chromium")
			.hasMessageContaining("/nowhere/chromium");
	}

	@Test // #2
	void recognisesTheUsualSpellingsOfCi() {
		assertThat(ChromiumRequirement.decide(null, path -> false, "TRUE").outcome()).isEqualTo(Outcome.FAIL);
		assertThat(ChromiumRequirement.decide(null, path -> false, "1").outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test // #2
	void enforcingLetsTheTestRunWhenChromiumIsThere() {
		ChromiumRequirement.decide(null, path -> true, "true").enforce();
	}

}
