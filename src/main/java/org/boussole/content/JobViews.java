package org.boussole.content;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the job pages show, read once per fiche and kept in memory until the next import.
 */
final class JobViews {

	private JobViews() {
	}

	/** A link to a fiche; a retired one stays reachable. */
	record JobRef(String code, String label, boolean retired) {
	}

	/** A fiche of a domain with the more specific fiches attached to it. */
	record JobNode(JobRef job, List<JobRef> children) {
	}

	record Topic(String code, String label, boolean principal) {
	}

	record Title(String label, boolean main, boolean rarelyUsed) {
	}

	/**
	 * A heading (a macro-skill, a category of knowledge, a type of work context) and the
	 * lines under it.
	 */
	record Group(String label, List<String> items) {
	}

	record Onisep(String label, String url) {
	}

	record DomainRef(String code, String label, int jobs) {
	}

	record GrandDomain(String code, String label, List<DomainRef> domains) {
	}

	/** The page {@code /metiers}: the tree of domains and the themes. */
	record Tree(List<GrandDomain> grandDomains, List<Topic> themes, int jobs) {
	}

	/** A domain (with its fiches) or a grand domain (with its domains). */
	record DomainPage(String code, String label, GrandDomain grandDomain, List<JobNode> jobs) {
	}

	record ThemePage(String code, String label, String definition, List<JobRef> jobs) {
	}

	/** One fiche, everything its page shows. */
	record Fiche(String code, String label, @Nullable JobRef parent, boolean parentFiche, DomainRef domain,
			DomainRef grandDomain, String riasecMajor, String riasecMinor, String transitionEco,
			@Nullable Boolean digital, @Nullable Boolean demographic, @Nullable Boolean regulated,
			@Nullable Boolean executive, List<String> definition, List<String> access, List<Title> titles,
			List<Group> skills, List<String> softSkills, List<Group> knowledge, List<Group> contexts,
			List<JobRef> children, List<JobRef> mobilities, List<Topic> interests, List<Topic> themes,
			List<Topic> sectors, List<Onisep> onisep, String release, @Nullable LocalDate retiredOn) {

		public boolean retired() {
			return retiredOn != null;
		}

		/**
		 * @return the ecological transition worth telling: green, brown or strategic
		 * jobs; « Emploi Blanc » is not
		 */
		public boolean ecological() {
			return !transitionEco.isEmpty() && !transitionEco.equals("Emploi Blanc");
		}

	}

}
