package id.kinerja.monitoring.machine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret tokens of machine clients: {@code kmc_} and 32 random bytes in base64url,
 * shown once; only their SHA-256 (hex) is kept.
 */
final class MachineTokens {

	static final String PREFIX = "kmc_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private MachineTokens() {
	}

	/**
	 * A new token.
	 *
	 * @param secret the token, to hand to the client once
	 * @param hash its SHA-256, to keep
	 * @param prefix its first 8 characters, to recognise it
	 */
	record Issued(String secret, String hash, String prefix) {

		@Override
		public String toString() {
			return "Issued[" + this.prefix + "…]";
		}

	}

	static Issued issue() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new Issued(secret, hash(secret), secret.substring(0, 8));
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** Whether the text has the shape of a client token (not whether it is valid). */
	static boolean looksLikeToken(String text) {
		return text.startsWith(PREFIX) && text.length() >= 40 && text.length() <= 100;
	}

}
