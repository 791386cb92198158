package org.boussole.network;

import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * The countries where the network has structures: France and Switzerland (canton of
 * Geneva).
 */
public enum Country {

	/** France: 5-digit postal codes, time zone Europe/Paris. */
	FR("Europe/Paris", "\\d{5}"),
	/**
	 * Switzerland (canton of Geneva): 4-digit postal codes (NPA), time zone
	 * Europe/Zurich.
	 */
	CH("Europe/Zurich", "\\d{4}");

	private final ZoneId timeZone;

	private final Pattern postalCode;

	Country(String timeZone, String postalCode) {
		this.timeZone = ZoneId.of(timeZone);
		this.postalCode = Pattern.compile(postalCode);
	}

	/**
	 * @return the time zone of appointments held in this country, never {@literal null}
	 */
	public ZoneId timeZone() {
		return timeZone;
	}

	/**
	 * @return whether the text has the shape of a postal code of this country
	 */
	public boolean isPostalCode(String text) {
		return postalCode.matcher(text).matches();
	}

	/**
	 * @return the country whose postal codes have the shape of this text (5 digits:
	 * France, 4: Geneva)
	 */
	static java.util.Optional<Country> ofPostalCode(String text) {
		for (Country country : values()) {
			if (country.isPostalCode(text)) {
				return java.util.Optional.of(country);
			}
		}
		return java.util.Optional.empty();
	}

	/**
	 * @return the message key of the country's name
	 */
	public String messageKey() {
		return "network.country." + name();
	}

}
