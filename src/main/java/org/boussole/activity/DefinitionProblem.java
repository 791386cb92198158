package org.boussole.activity;

/**
 * One thing wrong with a template definition, as a message key of the
 * {@code activity.definition.} family and its arguments.
 */
record DefinitionProblem(String key, Object... arguments) {

	@Override
	public String toString() {
		return key + java.util.Arrays.toString(arguments);
	}

}
