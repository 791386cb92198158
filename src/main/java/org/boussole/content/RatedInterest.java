package org.boussole.content;

/**
 * An interest with the rating a person gave it.
 *
 * @param rating from 0 (not at all) to 4 (very much)
 */
public record RatedInterest(String code, String label, int rating) {

}
