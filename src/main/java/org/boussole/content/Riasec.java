package org.boussole.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns six shares into a {@link RiasecProfile}. */
final class Riasec {

	private Riasec() {
	}

	/**
	 * @param shares in the RIASEC order, adding up to 1 or all zero
	 */
	static RiasecProfile profile(double[] shares) {
		int[] percents = percents(shares);
		List<RiasecScore> scores = new ArrayList<>();
		for (int t = 0; t < shares.length; t++) {
			scores.add(new RiasecScore(String.valueOf(InterestLinks.RIASEC.charAt(t)), shares[t], percents[t]));
		}
		// a stable sort: equal shares keep the RIASEC order
		scores.sort(Comparator.comparingDouble((RiasecScore s) -> -s.share()));
		return new RiasecProfile(List.copyOf(scores));
	}

	/** Rounds to whole percentages that add up to 100 (largest remainders first). */
	static int[] percents(double[] shares) {
		int[] percents = new int[shares.length];
		double sum = 0;
		for (double share : shares) {
			sum += share;
		}
		double total = sum;
		if (total == 0) {
			return percents;
		}
		int given = 0;
		for (int t = 0; t < shares.length; t++) {
			percents[t] = (int) Math.floor(shares[t] / total * 100);
			given += percents[t];
		}
		List<Integer> byRemainder = new ArrayList<>();
		for (int t = 0; t < shares.length; t++) {
			byRemainder.add(t);
		}
		byRemainder.sort(Comparator.comparingDouble((Integer t) -> -(shares[t] / total * 100 - percents[t])));
		for (int k = 0; given < 100; k++, given++) {
			percents[byRemainder.get(k % shares.length)]++;
		}
		return percents;
	}

}
