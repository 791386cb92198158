package org.boussole.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.boussole.activity.PlanUpdate.Change;
import org.boussole.activity.PlanUpdate.Kind;
import org.junit.jupiter.api.Test;

/** What an update of a living plan records as changed, step by step. */
class LivingPlanChangesTests {

	static Map<String, String> step(String text, String date, String status) {
		return Map.of("step", text, "date", date, "status", status);
	}

	@Test // #2
	void recordsStatusDateAndTextChangesOfEachStep() {
		List<Change> changes = LivingPlans.changes(
				List.of(step("Appeler l'AFPA", "2026-05-01", "TODO"), step("Refaire mon CV", "", "IN_PROGRESS")),
				List.of(step("Appeler l'AFPA", "2026-05-10", "DONE"),
						step("Refaire mon CV en ligne", "", "IN_PROGRESS")));
		assertThat(changes).containsExactly(new Change(Kind.STATUS, "Appeler l'AFPA", "TODO", "DONE"),
				new Change(Kind.DATE, "Appeler l'AFPA", "2026-05-01", "2026-05-10"),
				new Change(Kind.RENAMED, "Refaire mon CV en ligne", "Refaire mon CV", "Refaire mon CV en ligne"));
	}

	@Test // #2
	void recordsAddedAndRemovedSteps() {
		assertThat(LivingPlans.changes(List.of(step("A", "", "TODO")),
				List.of(step("A", "", "TODO"), step("B", "2026-06-01", "TODO"))))
			.containsExactly(new Change(Kind.ADDED, "B", null, "TODO"), new Change(Kind.DATE, "B", "", "2026-06-01"));
		assertThat(LivingPlans.changes(List.of(step("A", "", "TODO"), step("B", "", "DONE")),
				List.of(step("A", "", "TODO"))))
			.containsExactly(new Change(Kind.REMOVED, "B", null, null));
	}

	@Test // #2
	void anIdenticalPlanChangesNothing() {
		List<Map<String, String>> plan = List.of(step("A", "2026-05-01", "ABANDONED"));
		assertThat(LivingPlans.changes(plan, plan)).isEmpty();
	}

}
