package org.boussole.audience;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A page view of the public site, measured as it was served and waiting to be written.
 *
 * @param visitor the visitor key, derived from the visitor cookie (see
 * {@link VisitorKeys})
 * @param at when the page was served
 * @param path the path, without its query string
 * @param search whether it was an internal search
 * @param searchResults how many results the search gave, when the page told
 * @param referrer where the view came from
 * @param device the device class
 * @param step the funnel step this view is, if any
 */
record LiveView(byte[] visitor, Instant at, String path, boolean search, @Nullable Integer searchResults,
		ReferrerSource referrer, Device device, @Nullable FunnelStep step) {

}
