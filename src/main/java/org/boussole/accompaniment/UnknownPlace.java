package org.boussole.accompaniment;

/**
 * No listed site could be found for the postal code a person gave: the form shows it next
 * to the field.
 */
class UnknownPlace extends RuntimeException {

	UnknownPlace(String postalCode) {
		super("No site for " + postalCode, null, false, false);
	}

}
