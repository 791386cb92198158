package org.boussole.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.boussole.content.InterestLinks.Job;

/**
 * Computes the result of a person's ratings over every fiche in force, in memory (see
 * docs/decisions/0012-interest-and-skill-results.md for the method).
 */
final class InterestScoring {

	static final int STRONGEST = 5;

	private record Scored(Job job, double score, double proximity) {
	}

	private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble((Scored s) -> -s.score())
		.thenComparing(s -> !s.job().main())
		.thenComparingDouble(s -> -s.proximity())
		.thenComparing(s -> s.job().code());

	private final InterestLinks links;

	InterestScoring(InterestLinks links) {
		this.links = links;
	}

	/**
	 * @param ratings interest code → 0 to 4, every code known (the caller checked)
	 */
	InterestResult result(Map<String, Integer> ratings, int limit) {
		int[] rating = new int[links.interests.size()];
		ratings.forEach((code, value) -> rating[links.index.get(code)] = value);
		double[] profile = profile(rating);
		List<Scored> scored = new ArrayList<>();
		for (Job job : links.jobs) {
			double score = 0;
			for (int l = 0; l < job.interests().length; l++) {
				score += rating[job.interests()[l]] * (job.principal()[l] ? InterestLinks.PRINCIPAL_WEIGHT : 1);
			}
			if (score > 0) {
				scored.add(new Scored(job, score, proximity(job, profile)));
			}
		}
		scored.sort(BEST_FIRST);
		List<JobSuggestion> suggestions = new ArrayList<>();
		for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
			suggestions.add(new JobSuggestion(s.job().code(), s.job().label(), s.job().main(), s.score(),
					because(s.job(), rating)));
		}
		return new InterestResult(strongest(rating), Riasec.profile(profile), List.copyOf(suggestions));
	}

	/** Adds the signatures of the rated interests, each weighted by its rating. */
	private double[] profile(int[] rating) {
		double[] profile = new double[InterestLinks.RIASEC.length()];
		double total = 0;
		for (int i = 0; i < rating.length; i++) {
			for (int t = 0; t < profile.length; t++) {
				double part = rating[i] * links.signatures[i][t];
				profile[t] += part;
				total += part;
			}
		}
		for (int t = 0; t < profile.length; t++) {
			profile[t] = total == 0 ? 0 : profile[t] / total;
		}
		return profile;
	}

	private static double proximity(Job job, double[] profile) {
		double major = job.major() < 0 ? 0 : profile[job.major()];
		return major + (job.minor() < 0 ? 0 : InterestLinks.MINOR_WEIGHT * profile[job.minor()]);
	}

	private List<RatedInterest> because(Job job, int[] rating) {
		List<Integer> order = new ArrayList<>();
		for (int l = 0; l < job.interests().length; l++) {
			if (rating[job.interests()[l]] > 0) {
				order.add(l);
			}
		}
		// the highest rating first; between equal ratings, the fiche's principal interest
		order.sort(Comparator.comparingInt((Integer l) -> -rating[job.interests()[l]])
			.thenComparing(l -> !job.principal()[l])
			.thenComparingInt(l -> job.interests()[l]));
		return order.stream().map(l -> rated(job.interests()[l], rating)).toList();
	}

	private List<RatedInterest> strongest(int[] rating) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < rating.length; i++) {
			if (rating[i] > 0) {
				order.add(i);
			}
		}
		// equal ratings keep the ROME order of the interests
		order.sort(Comparator.comparingInt((Integer i) -> -rating[i]).thenComparingInt(i -> i));
		return order.stream().limit(STRONGEST).map(i -> rated(i, rating)).toList();
	}

	private RatedInterest rated(int i, int[] rating) {
		Interest interest = links.interests.get(i);
		return new RatedInterest(interest.code(), interest.label(), rating[i]);
	}

}
