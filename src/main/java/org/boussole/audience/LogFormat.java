package org.boussole.audience;

/** The two access-log formats of Apache and Nginx that Boussole reads. */
enum LogFormat {

	/** {@code %h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i"} (extra fields after it are ignored). */
	COMBINED,

	/** {@code %h %l %u %t "%r" %>s %b}: no User-Agent, so no crawler detection and every visit counts as desktop. */
	COMMON

}
