package org.boussole.shared;

import org.jspecify.annotations.Nullable;

/**
 * Characters that nobody types and that only cause harm once stored: the C0 control
 * characters but tab, carriage return and line feed (among them NUL, which PostgreSQL
 * refuses in any text), DEL, and the bidirectional controls that make a name read
 * differently from what it is ({@code facture\u202Efdp.exe}).
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * @return whether the character is a C0 control other than tab, CR and LF, or DEL
	 */
	public static boolean isControl(int c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
	}

	/**
	 * @return whether the character changes the direction of the text around it
	 * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C)
	 */
	public static boolean isBidiControl(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
				|| c == 0x061C;
	}

	/**
	 * @return the text without its {@linkplain #isControl control characters}; the same
	 * instance when it holds none
	 */
	public static @Nullable String strip(@Nullable String text) {
		if (text == null || text.chars().noneMatch(ControlCharacters::isControl)) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(c -> !isControl(c)).forEach(clean::appendCodePoint);
		return clean.toString();
	}

}
