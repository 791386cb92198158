package org.boussole.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over every value a fiche shows, written field by field so that it stays the
 * same across versions.
 */
final class Fingerprint {

	private final StringBuilder text = new StringBuilder(4096);

	private Fingerprint() {
	}

	static String of(RomeRelease.Fiche fiche) {
		Fingerprint f = new Fingerprint();
		f.add(fiche.code(), fiche.label(), fiche.parent(), fiche.ogr(), fiche.domain(), fiche.riasecMajor(),
				fiche.riasecMinor(), fiche.transitionEco(), fiche.digital(), fiche.demographic(), fiche.regulated(),
				fiche.executive(), fiche.definition(), fiche.access());
		fiche.titles().forEach(t -> f.add("T", t.label(), t.shortLabel(), t.ogr(), t.main(), t.rarelyUsed()));
		fiche.items().forEach(i -> f.add("I", i.kind(), i.ogr(), i.groupCode(), i.groupLabel(), i.label(), i.core()));
		fiche.mobilities().forEach(m -> f.add("M", m));
		fiche.interests().forEach(l -> f.add("C", l.code(), l.principal()));
		fiche.themes().forEach(t -> f.add("H", t));
		fiche.sectors().forEach(l -> f.add("S", l.code(), l.second(), l.principal()));
		return f.digest();
	}

	private void add(Object... values) {
		for (Object value : values) {
			text.append(value == null ? "\u0000" : value.toString()).append('\u001f');
		}
		text.append('\u001e');
	}

	private String digest() {
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
