package org.boussole.content;

import java.util.List;

/**
 * A ROME fiche suggested by the interests a person rated.
 *
 * @param main whether it is a main fiche rather than a more specific one attached to it
 * @param score the weighted ratings of its interests, for ordering
 * @param because the rated interests of the fiche that explain the suggestion, strongest
 * first
 */
public record JobSuggestion(String code, String label, boolean main, double score, List<RatedInterest> because) {

}
