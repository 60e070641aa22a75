package id.kinerja.shared;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeds for generated data that depend only on the run's seed, a natural key (a NIP, a
 * unit code) and what the numbers are for, never on ids a database hands out: the same
 * seed then gives the same data in a fresh database and in one that holds other rows.
 */
public final class Seeds {

	private Seeds() {
	}

	/** A generator for the seed, the natural key and the purpose. */
	public static Random random(long seed, String key, String purpose) {
		return new Random(of(seed, key, purpose));
	}

	/**
	 * The 64-bit seed for the seed, the natural key and the purpose: FNV-1a over the
	 * purpose and key (UTF-8, a zero byte between them), mixed with the seed by the
	 * finaliser of MurmurHash3.
	 */
	public static long of(long seed, String key, String purpose) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
			hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
		}
		hash = (hash ^ 0) * 0x100000001b3L;
		for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
			hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
		}
		return mix(hash ^ mix(seed + 0x9e3779b97f4a7c15L));
	}

	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
		z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return z ^ (z >>> 33);
	}

}
