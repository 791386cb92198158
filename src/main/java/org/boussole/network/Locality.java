package org.boussole.network;

/**
 * A place people type in the centre finder: a French commune with one of its postal
 * codes, or a locality of the canton of Geneva with its NPA.
 *
 * @param id the row id
 * @param country FR or CH
 * @param postalCode 5 digits in France, 4 in Geneva
 * @param name the name as written, with accents (a former commune keeps its own name)
 * @param commune the commune it belongs to today
 * @param population the commune's legal population (0 when unknown), to rank homonyms
 * @param point its coordinates
 */
record Locality(long id, Country country, String postalCode, String name, String commune, int population,
		GeoPoint point) {

	/**
	 * @return e.g. "Annemasse (74100)", or "Bellegarde-sur-Valserine, Valserhône (01200)"
	 * for a former commune
	 */
	public String label() {
		String place = name.equals(commune) ? name : name + ", " + commune;
		return place + " (" + postalCode + ")";
	}

	/**
	 * @return whether both denote one place (same name, a few kilometres apart), such as
	 * Genève 1201 and 1204
	 */
	public boolean samePlaceAs(Locality other) {
		return name.equals(other.name) && point.distanceKm(other.point) < 25;
	}

}
