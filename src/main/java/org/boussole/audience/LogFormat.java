package org.boussole.audience;

/** The two access-log formats of Apache and Nginx that Boussole reads. */
enum LogFormat {

	/**
	 * The common format followed by the quoted referrer and User-Agent (fields appended
	 * after them are ignored).
	 */
	COMBINED,

	/**
	 * Host, identity, user, time, request, status, size: no User-Agent, so every visit
	 * counts as desktop.
	 */
	COMMON

}
