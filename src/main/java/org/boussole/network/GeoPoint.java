package org.boussole.network;

/**
 * A point on Earth in WGS84 decimal degrees.
 *
 * @param latitude between -90 and 90
 * @param longitude between -180 and 180
 */
public record GeoPoint(double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	public GeoPoint {
		if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180 || Double.isNaN(latitude)
				|| Double.isNaN(longitude)) {
			throw new IllegalArgumentException("Coordonnées hors limites : " + latitude + ", " + longitude);
		}
	}

	/**
	 * The great-circle distance (haversine formula, mean Earth radius).
	 * @param other must not be {@literal null}
	 * @return the distance in kilometres
	 */
	public double distanceKm(GeoPoint other) {
		double dLat = Math.toRadians(other.latitude - latitude);
		double dLon = Math.toRadians(other.longitude - longitude);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
