package org.boussole.audience;

/**
 * MurmurHash3 x64 128-bit, for the keys that make imported rows idempotent. Fast and well
 * spread, not cryptographic: what it hashes holds a visitor key instead of the IP
 * address.
 */
final class Murmur3 {

	private static final long C1 = 0x87c37b91114253d5L;

	private static final long C2 = 0x4cf5ad432745937fL;

	private Murmur3() {
	}

	/**
	 * @return the 16 bytes of the hash of {@code b[start, end)}
	 */
	static byte[] hash128(byte[] b, int start, int end) {
		long h1 = 0;
		long h2 = 0;
		int length = end - start;
		int p = start;
		while (end - p >= 16) {
			long k1 = getLong(b, p);
			long k2 = getLong(b, p + 8);
			p += 16;
			h1 ^= mixK1(k1);
			h1 = Long.rotateLeft(h1, 27) + h2;
			h1 = h1 * 5 + 0x52dce729;
			h2 ^= mixK2(k2);
			h2 = Long.rotateLeft(h2, 31) + h1;
			h2 = h2 * 5 + 0x38495ab5;
		}
		long k1 = 0;
		long k2 = 0;
		int rest = end - p;
		for (int i = rest - 1; i >= 8; i--) {
			k2 ^= (b[p + i] & 0xffL) << ((i - 8) * 8);
		}
		for (int i = Math.min(rest, 8) - 1; i >= 0; i--) {
			k1 ^= (b[p + i] & 0xffL) << (i * 8);
		}
		if (rest > 8) {
			h2 ^= mixK2(k2);
		}
		if (rest > 0) {
			h1 ^= mixK1(k1);
		}
		h1 ^= length;
		h2 ^= length;
		h1 += h2;
		h2 += h1;
		h1 = fmix(h1);
		h2 = fmix(h2);
		h1 += h2;
		h2 += h1;
		byte[] out = new byte[16];
		putLong(out, 0, h1);
		putLong(out, 8, h2);
		return out;
	}

	private static long mixK1(long k1) {
		k1 *= C1;
		k1 = Long.rotateLeft(k1, 31);
		return k1 * C2;
	}

	private static long mixK2(long k2) {
		k2 *= C2;
		k2 = Long.rotateLeft(k2, 33);
		return k2 * C1;
	}

	private static long fmix(long k) {
		k ^= k >>> 33;
		k *= 0xff51afd7ed558ccdL;
		k ^= k >>> 33;
		k *= 0xc4ceb9fe1a85ec53L;
		k ^= k >>> 33;
		return k;
	}

	private static long getLong(byte[] b, int p) {
		long v = 0;
		for (int i = 7; i >= 0; i--) {
			v = (v << 8) | (b[p + i] & 0xffL);
		}
		return v;
	}

	private static void putLong(byte[] b, int p, long v) {
		for (int i = 0; i < 8; i++) {
			b[p + i] = (byte) (v >>> (i * 8));
		}
	}

}
