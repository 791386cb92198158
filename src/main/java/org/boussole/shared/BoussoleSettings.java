package org.boussole.shared;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that every module may read.
 *
 * @param dataDir the directory where Boussole writes everything (database files, index,
 * uploads, local mail)
 * @param baseUrl the public address of the site, used in links sent by e-mail
 * @param demoData whether to load the fictional demo data into an empty embedded database
 */
@ConfigurationProperties("boussole")
public record BoussoleSettings(@DefaultValue("data") Path dataDir, @DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue("true") boolean demoData) {

	/**
	 * @param relative a path relative to the data directory, must not be {@literal null}
	 * @return the absolute path under the data directory, never {@literal null}
	 */
	public Path resolve(String relative) {
		return dataDir.toAbsolutePath().resolve(relative).normalize();
	}

	/**
	 * @param path an absolute path of the site starting with a slash
	 * @return the full address of that page, as put in e-mails
	 */
	public String link(String path) {
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
