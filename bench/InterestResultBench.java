package org.boussole.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Computation time of an interest result (strongest interests, RIASEC profile, suggested fiches) over all the
 * fiches of the shipped ROME release, in memory as the application computes it; then, for comparison, a skill
 * result and a job picker lookup. Each measured call uses one of 1,000 random profiles; warm-up first, then each of
 * the measured calls is timed on its own and the percentiles are printed. Run on purpose with
 * bench/interest-result.sh [measured calls=10000].
 */
public class InterestResultBench {

	public static void main(String[] args) {
		int measured = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		RomeRelease release = RomeRelease.read(RomeSource.shipped());
		InterestLinks links = RomeSnapshots.FromRelease.interests(release);
		SkillIndex skills = RomeSnapshots.FromRelease.skills(release);
		TitleIndex titles = RomeSnapshots.FromRelease.titles(release);
		InterestProfiles interests = new InterestProfiles(() -> links);
		SkillProfiles skillProfiles = new SkillProfiles(() -> skills);
		JobPicker jobs = new JobPicker(() -> titles);
		System.out.printf("%s: %d fiches in force, %d interests, %d interest links%n", release.release,
				links.jobs.size(), links.interests.size(),
				links.jobs.stream().mapToInt(job -> job.interests().length).sum());

		Random random = new Random(42);
		List<Map<String, Integer>> profiles = new ArrayList<>();
		List<List<String>> skillSets = new ArrayList<>();
		List<String> skillCodes = new ArrayList<>(skills.skills.keySet());
		for (int p = 0; p < 1_000; p++) {
			Map<String, Integer> ratings = new HashMap<>();
			for (Interest interest : links.interests) {
				ratings.put(interest.code(), random.nextInt(InterestProfiles.MAX_RATING + 1));
			}
			profiles.add(ratings);
			List<String> set = new ArrayList<>();
			for (int s = 0; s < 12; s++) {
				set.add(skillCodes.get(random.nextInt(skillCodes.size())));
			}
			skillSets.add(set);
		}
		String[] queries = { "boulang", "infirmier", "conducteur poids lourd", "D11", "develop informatique",
				"aide soignant", "comptable", "electricien batiment" };

		long[] sink = new long[1];
		time("interest result, 30 ratings, 15 suggestions", measured,
				i -> sink[0] += interests.result(profiles.get(i % profiles.size())).suggestions().size());
		time("skill result, 12 skills, 20 fiches", measured,
				i -> sink[0] += skillProfiles.result(skillSets.get(i % skillSets.size())).jobs().size());
		time("job picker lookup", measured, i -> sink[0] += jobs.find(queries[i % queries.length]).size());
		System.out.println("(checksum " + sink[0] + ")");
	}

	private static void time(String what, int measured, IntConsumer call) {
		for (int i = 0; i < Math.max(20_000, measured); i++) {
			call.accept(i); // warm-up: JIT
		}
		long[] nanos = new long[measured];
		long start = System.nanoTime();
		for (int i = 0; i < measured; i++) {
			long t0 = System.nanoTime();
			call.accept(i);
			nanos[i] = System.nanoTime() - t0;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(nanos);
		System.out.printf("%s: %d calls, %.0f calls/s on one thread%n", what, measured, measured / seconds);
		for (int p : new int[] { 50, 90, 99, 100 }) {
			int index = (int) Math.min(measured - 1, Math.ceil(p / 100.0 * measured) - 1);
			System.out.printf("  p%-3d %8.1f µs%n", p, nanos[index] / 1e3);
		}
	}

}
