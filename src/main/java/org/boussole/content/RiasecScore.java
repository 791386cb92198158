package org.boussole.content;

/**
 * One of the six RIASEC types in a profile.
 *
 * @param letter R, I, A, S, E or C
 * @param share between 0 and 1; the six shares of a profile add up to 1
 * @param percent the share rounded so that the six percentages add up to 100
 */
public record RiasecScore(String letter, double share, int percent) {

}
