package org.boussole.accompaniment;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * What a person wrote when asking for accompaniment, already checked by the form.
 *
 * @param wishes at least one
 * @param meetingModes at least one
 * @param origin the local page the person came from, e.g. {@code /metiers/D1102}, if any
 */
record RequestDetails(Situation situation, Set<Wish> wishes, Set<MeetingMode> meetingModes,
		@Nullable String availability, String postalCode, @Nullable String commune, @Nullable String message,
		@Nullable String origin) {

	static final int MAX_AVAILABILITY = 500;

	static final int MAX_MESSAGE = 2000;

	static final int MAX_ORIGIN = 300;

	RequestDetails {
		Assert.notEmpty(wishes, "at least one wish");
		Assert.notEmpty(meetingModes, "at least one way to meet");
		Assert.hasText(postalCode, "a postal code");
		Assert.isTrue(availability == null || availability.length() <= MAX_AVAILABILITY, "availability too long");
		Assert.isTrue(message == null || message.length() <= MAX_MESSAGE, "message too long");
		wishes = EnumSet.copyOf(wishes);
		meetingModes = EnumSet.copyOf(meetingModes);
		availability = blankToNull(availability);
		commune = blankToNull(commune);
		message = blankToNull(message);
		origin = safeOrigin(origin);
	}

	/**
	 * @return the path if it is a local one ({@code /…}, not {@code //…}, no backslash,
	 * no control character, not too long), otherwise {@literal null}: a link elsewhere is
	 * dropped
	 */
	static @Nullable String safeOrigin(@Nullable String origin) {
		if (origin == null || origin.isBlank()) {
			return null;
		}
		String path = origin.strip();
		if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.length() > MAX_ORIGIN
				|| path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
			return null;
		}
		return path;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
