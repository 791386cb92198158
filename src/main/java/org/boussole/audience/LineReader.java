package org.boussole.audience;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * Splits a stream into lines of bytes with a fixed buffer, so that memory stays bounded
 * whatever the file holds: a line longer than {@code maxLineLength} is skipped up to its
 * end and reported as too long. When the stream fails (a compressed file cut short), the
 * bytes read since the last line break are a line cut short, never parsed.
 */
final class LineReader {

	private final InputStream in;

	private final int maxLineLength;

	private final byte[] buffer;

	private int position;

	private int limit;

	private boolean endOfStream;

	private @Nullable IOException failure;

	/** The bytes of the current line are {@code buffer()[start(), end())}. */
	private int start;

	private int end;

	private long lineNumber;

	LineReader(InputStream in, int maxLineLength) {
		this.in = in;
		this.maxLineLength = maxLineLength;
		this.buffer = new byte[Math.max(maxLineLength * 2, 64 * 1024)];
	}

	/**
	 * Moves to the next line.
	 * @return {@literal null} at the end of the stream, otherwise what the line is
	 */
	@Nullable Status next() {
		while (true) {
			int newline = indexOfNewline();
			if (newline >= 0) {
				lineNumber++;
				start = position;
				end = newline > position && buffer[newline - 1] == '\r' ? newline - 1 : newline;
				position = newline + 1;
				return Status.LINE;
			}
			if (endOfStream) {
				if (position == limit) {
					return null;
				}
				lineNumber++;
				start = position;
				end = limit;
				position = limit;
				return failure == null ? Status.LINE : Status.CUT_SHORT;
			}
			if (limit - position >= maxLineLength) {
				lineNumber++;
				skipRestOfLine();
				return Status.TOO_LONG;
			}
			fill();
		}
	}

	byte[] buffer() {
		return buffer;
	}

	int start() {
		return start;
	}

	int end() {
		return end;
	}

	long lineNumber() {
		return lineNumber;
	}

	/**
	 * @return what made the stream end early, if it did
	 */
	@Nullable IOException failure() {
		return failure;
	}

	private int indexOfNewline() {
		for (int i = position; i < limit; i++) {
			if (buffer[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private void skipRestOfLine() {
		position = limit;
		while (!endOfStream) {
			fill();
			int newline = indexOfNewline();
			if (newline >= 0) {
				position = newline + 1;
				return;
			}
			position = limit;
		}
	}

	private void fill() {
		if (position > 0) {
			System.arraycopy(buffer, position, buffer, 0, limit - position);
			limit -= position;
			position = 0;
		}
		try {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				endOfStream = true;
			}
			else {
				limit += read;
			}
		}
		catch (IOException ex) {
			failure = ex;
			endOfStream = true;
		}
	}

	/** What the current line is. */
	enum Status {

		/** A whole line, to be parsed. */
		LINE,
		/** A line longer than the limit: its bytes are not kept. */
		TOO_LONG,
		/** The last bytes before the stream failed: not a whole line. */
		CUT_SHORT

	}

}
