package org.boussole.audience;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audience module.
 *
 * @param retention how long raw page views are kept before only their daily figures
 * remain (13 months, the CNIL exemption's limit)
 * @param live live measurement of the public pages
 */
@ConfigurationProperties("boussole.audience")
record AudienceSettings(@DefaultValue("P13M") java.time.Period retention, @DefaultValue Live live) {

	/**
	 * @param enabled whether public page views are recorded as they are served
	 * @param bufferSize page views waiting to be written, at most; more are dropped and
	 * counted
	 * @param batchSize page views written in one go; this many waiting wakes the writer
	 */
	record Live(@DefaultValue("true") boolean enabled, @DefaultValue("10000") int bufferSize,
			@DefaultValue("2000") int batchSize) {

		Live {
			if (bufferSize < 1 || batchSize < 1) {
				throw new IllegalArgumentException("the audience buffer and batch sizes must be positive");
			}
		}

	}

}
