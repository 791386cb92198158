package org.boussole.audience;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, built in memory and sent in one go:
 * cheaper to write than the text format (no hexadecimal, no escaping) and cheaper for the
 * server to read. Text loses its NUL characters, which PostgreSQL cannot store.
 */
final class BinaryCopy {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	/** 2000-01-01T00:00:00Z, where PostgreSQL counts its timestamps from. */
	private static final long POSTGRES_EPOCH_SECOND = 946_684_800L;

	private byte[] buffer;

	private int length;

	private int rows;

	BinaryCopy(int expectedBytes) {
		this.buffer = new byte[Math.max(expectedBytes, 64)];
		put(SIGNATURE, 0, SIGNATURE.length);
		int32(0); // flags
		int32(0); // header extension
	}

	int rows() {
		return rows;
	}

	BinaryCopy row(int fields) {
		int16(fields);
		rows++;
		return this;
	}

	BinaryCopy bytea(byte[] bytes) {
		int32(bytes.length);
		put(bytes, 0, bytes.length);
		return this;
	}

	/** A {@code timestamptz} at a whole second. */
	BinaryCopy timestamp(long epochSecond) {
		int32(8);
		int64((epochSecond - POSTGRES_EPOCH_SECOND) * 1_000_000L);
		return this;
	}

	/** A {@code timestamptz} to the microsecond. */
	BinaryCopy timestamp(long epochSecond, int nanos) {
		int32(8);
		int64((epochSecond - POSTGRES_EPOCH_SECOND) * 1_000_000L + nanos / 1000);
		return this;
	}

	BinaryCopy bool(boolean value) {
		int32(1);
		ensure(1);
		buffer[length++] = (byte) (value ? 1 : 0);
		return this;
	}

	BinaryCopy integer(@Nullable Integer value) {
		if (value == null) {
			return nil();
		}
		int32(4);
		int32(value);
		return this;
	}

	BinaryCopy nil() {
		int32(-1);
		return this;
	}

	/** Text in UTF-8, without its NUL characters. */
	BinaryCopy text(String value) {
		int at = length;
		int32(0);
		int n = value.length();
		ensure(n);
		int p = length;
		int i = 0;
		for (; i < n; i++) {
			char c = value.charAt(i);
			if (c >= 0x80 || c == 0) {
				break;
			}
			buffer[p++] = (byte) c;
		}
		length = p;
		if (i < n) {
			byte[] rest = value.substring(i).getBytes(StandardCharsets.UTF_8);
			ensure(rest.length);
			for (byte b : rest) {
				if (b != 0) {
					buffer[length++] = b;
				}
			}
		}
		int size = length - at - 4;
		buffer[at] = (byte) (size >>> 24);
		buffer[at + 1] = (byte) (size >>> 16);
		buffer[at + 2] = (byte) (size >>> 8);
		buffer[at + 3] = (byte) size;
		return this;
	}

	/**
	 * Sends the rows with {@code sql}, a {@code COPY ... FROM STDIN (FORMAT binary)}, on
	 * the connection; the rows stay here, to be sent again elsewhere if need be.
	 * @return how many rows the server took
	 */
	long copy(Connection connection, String sql) throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		try {
			copy.writeToCopy(buffer, 0, length);
			copy.writeToCopy(new byte[] { (byte) 0xff, (byte) 0xff }, 0, 2); // trailer
			return copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				try {
					copy.cancelCopy();
				}
				catch (SQLException ex) {
					// the copy failed already: its error is the one that counts
				}
			}
		}
	}

	private void int16(int value) {
		ensure(2);
		buffer[length++] = (byte) (value >>> 8);
		buffer[length++] = (byte) value;
	}

	private void int32(int value) {
		ensure(4);
		buffer[length++] = (byte) (value >>> 24);
		buffer[length++] = (byte) (value >>> 16);
		buffer[length++] = (byte) (value >>> 8);
		buffer[length++] = (byte) value;
	}

	private void int64(long value) {
		int32((int) (value >>> 32));
		int32((int) value);
	}

	private void put(byte[] bytes, int from, int count) {
		ensure(count);
		System.arraycopy(bytes, from, buffer, length, count);
		length += count;
	}

	private void ensure(int more) {
		if (length + more > buffer.length) {
			buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
		}
	}

}
