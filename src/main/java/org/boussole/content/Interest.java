package org.boussole.content;

import java.util.List;

/**
 * One of the ROME « centres d'intérêt ».
 *
 * @param code the ROME code, « 1 » to « 30 »
 * @param label as the person reads it: « J'aime le travail manuel »
 * @param definition a few paragraphs that explain it
 */
public record Interest(String code, String label, String definition) {

	/**
	 * @return the paragraphs of the definition, without blank lines
	 */
	public List<String> paragraphs() {
		return definition.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
