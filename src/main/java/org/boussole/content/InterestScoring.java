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
		List<Job> jobs = links.jobs;
		double[] scores = new double[jobs.size()];
		for (int j = 0; j < scores.length; j++) {
			Job job = jobs.get(j);
			for (int l = 0; l < job.interests().length; l++) {
				scores[j] += rating[job.interests()[l]] * (job.principal()[l] ? InterestLinks.PRINCIPAL_WEIGHT : 1);
			}
		}
		List<JobSuggestion> suggestions = new ArrayList<>();
		for (int j : best(scores, profile, limit)) {
			Job job = jobs.get(j);
			suggestions.add(new JobSuggestion(job.code(), job.label(), job.main(), scores[j], because(job, rating)));
		}
		return new InterestResult(strongest(rating), Riasec.profile(profile), List.copyOf(suggestions));
	}

	/**
	 * Keeps the best fiches scoring above 0 in a small sorted array, without sorting them
	 * all.
	 */
	private int[] best(double[] scores, double[] profile, int limit) {
		int[] top = new int[limit];
		double[] proximities = new double[limit];
		int size = 0;
		for (int j = 0; j < scores.length; j++) {
			if (scores[j] <= 0 || (size == limit && (limit == 0 || scores[j] < scores[top[size - 1]]))) {
				continue;
			}
			double proximity = proximity(links.jobs.get(j), profile);
			int at = size;
			while (at > 0 && before(j, proximity, top[at - 1], proximities[at - 1], scores)) {
				at--;
			}
			if (at == limit) {
				continue;
			}
			int moved = Math.min(size, limit - 1) - at;
			System.arraycopy(top, at, top, at + 1, moved);
			System.arraycopy(proximities, at, proximities, at + 1, moved);
			top[at] = j;
			proximities[at] = proximity;
			size = Math.min(size + 1, limit);
		}
		return java.util.Arrays.copyOf(top, size);
	}

	/**
	 * Score, then main fiches first, then RIASEC proximity, then code (the fiches are in
	 * code order, so the one met first).
	 */
	private boolean before(int j, double proximity, int other, double otherProximity, double[] scores) {
		if (scores[j] != scores[other]) {
			return scores[j] > scores[other];
		}
		boolean main = links.jobs.get(j).main();
		if (main != links.jobs.get(other).main()) {
			return main;
		}
		return proximity > otherProximity;
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
