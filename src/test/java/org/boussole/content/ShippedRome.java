package org.boussole.content;

/** The ROME release shipped with Boussole, read once per test JVM without a database. */
final class ShippedRome {

	static final RomeRelease RELEASE = RomeRelease.read(RomeSource.shipped());

	private ShippedRome() {
	}

	static InterestProfiles interestProfiles() {
		InterestLinks links = RomeSnapshots.FromRelease.interests(RELEASE);
		return new InterestProfiles(() -> links);
	}

	static SkillIndex skills() {
		return RomeSnapshots.FromRelease.skills(RELEASE);
	}

	static TitleIndex titles() {
		return RomeSnapshots.FromRelease.titles(RELEASE);
	}

}
