package org.boussole.network;

/**
 * A site with its distance from the place that was looked for.
 *
 * @param site the site, never {@literal null}
 * @param distanceKm the great-circle distance in kilometres
 */
public record NearbySite(SiteSummary site, double distanceKm) {
}
