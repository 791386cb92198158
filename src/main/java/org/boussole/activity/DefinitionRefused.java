package org.boussole.activity;

import java.util.List;

/**
 * A template definition that cannot be stored, with everything wrong in it (at most a few
 * dozen problems, so that a hostile file does not make a huge page).
 */
class DefinitionRefused extends RuntimeException {

	private final List<DefinitionProblem> problems;

	DefinitionRefused(List<DefinitionProblem> problems) {
		super("Template definition refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	List<DefinitionProblem> problems() {
		return problems;
	}

}
