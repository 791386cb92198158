package org.boussole.audience;

/**
 * Reads the {@code 10/Oct/2000:13:55:36 -0700} timestamps of access logs by hand,
 * rejecting dates that do not exist, and remembers the last one read: consecutive lines
 * of a log mostly share their second.
 */
final class LogTimestamps {

	static final int LENGTH = 26;

	static final long BAD_SHAPE = Long.MIN_VALUE;

	static final long IMPOSSIBLE = Long.MIN_VALUE + 1;

	private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

	private final byte[] last = new byte[LENGTH];

	private long lastEpoch = BAD_SHAPE;

	/**
	 * @param b bytes holding a timestamp of {@value #LENGTH} bytes at {@code p}
	 * @return the epoch second, or {@link #BAD_SHAPE} or {@link #IMPOSSIBLE}
	 */
	long parse(byte[] b, int p) {
		if (lastEpoch != BAD_SHAPE && java.util.Arrays.equals(b, p, p + LENGTH, last, 0, LENGTH)) {
			return lastEpoch;
		}
		long epoch = read(b, p);
		if (epoch != BAD_SHAPE && epoch != IMPOSSIBLE) {
			System.arraycopy(b, p, last, 0, LENGTH);
			lastEpoch = epoch;
		}
		return epoch;
	}

	private static long read(byte[] b, int p) {
		if (b[p + 2] != '/' || b[p + 6] != '/' || b[p + 11] != ':' || b[p + 14] != ':' || b[p + 17] != ':'
				|| b[p + 20] != ' ' || (b[p + 21] != '+' && b[p + 21] != '-')) {
			return BAD_SHAPE;
		}
		int day = number(b, p, 2);
		int month = month(b, p + 3);
		int year = number(b, p + 7, 4);
		int hour = number(b, p + 12, 2);
		int minute = number(b, p + 15, 2);
		int second = number(b, p + 18, 2);
		int offsetHours = number(b, p + 22, 2);
		int offsetMinutes = number(b, p + 24, 2);
		if (day < 0 || month < 0 || year < 0 || hour < 0 || minute < 0 || second < 0 || offsetHours < 0
				|| offsetMinutes < 0) {
			return BAD_SHAPE;
		}
		if (year < 1970 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59
				|| offsetHours > 18 || offsetMinutes > 59) {
			return IMPOSSIBLE;
		}
		long local = daysSinceEpoch(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
		int offset = (offsetHours * 3600 + offsetMinutes * 60) * (b[p + 21] == '-' ? -1 : 1);
		return local - offset;
	}

	private static int number(byte[] b, int p, int length) {
		int value = 0;
		for (int i = p; i < p + length; i++) {
			int d = b[i] - '0';
			if (d < 0 || d > 9) {
				return -1;
			}
			value = value * 10 + d;
		}
		return value;
	}

	/**
	 * @return the month from 1 to 12, or -1
	 */
	private static int month(byte[] b, int p) {
		for (int m = 0; m < 12; m++) {
			if (MONTHS.charAt(m * 3) == b[p] && MONTHS.charAt(m * 3 + 1) == b[p + 1]
					&& MONTHS.charAt(m * 3 + 2) == b[p + 2]) {
				return m + 1;
			}
		}
		return -1;
	}

	private static int daysInMonth(int year, int month) {
		switch (month) {
			case 2:
				return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
			case 4:
			case 6:
			case 9:
			case 11:
				return 30;
			default:
				return 31;
		}
	}

	/**
	 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (the algorithm
	 * of java.time).
	 */
	private static long daysSinceEpoch(int year, int month, int day) {
		return java.time.LocalDate.of(year, month, day).toEpochDay();
	}

}
