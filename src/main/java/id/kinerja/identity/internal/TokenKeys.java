package id.kinerja.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HMAC key that signs API tokens: {@code KINERJA_TOKEN_SECRET} when set, else a
 * random key generated once and kept in the database, so that every app node accepts
 * every node's tokens.
 */
@Component
class TokenKeys {

	private static final String NAME = "token-signing-key";

	private final JdbcClient jdbc;

	private final String configured;

	private volatile @Nullable SecretKey key;

	TokenKeys(JdbcClient jdbc, @Value("${kinerja.security.token-secret:}") String configured) {
		this.jdbc = jdbc;
		this.configured = configured;
		if (!configured.isBlank() && configured.getBytes(StandardCharsets.UTF_8).length < 32) {
			throw new IllegalStateException("KINERJA_TOKEN_SECRET must be at least 32 bytes long");
		}
	}

	SecretKey key() {
		SecretKey current = this.key;
		if (current == null) {
			synchronized (this) {
				current = this.key;
				if (current == null) {
					byte[] bytes = this.configured.isBlank() ? storedSecret()
							: this.configured.getBytes(StandardCharsets.UTF_8);
					current = new SecretKeySpec(bytes, "HmacSHA256");
					this.key = current;
				}
			}
		}
		return current;
	}

	private byte[] storedSecret() {
		Optional<String> stored = read();
		if (stored.isEmpty()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				this.jdbc.sql("INSERT INTO app_secret (name, secret, created_at) VALUES (?, ?, ?)")
					.param(NAME)
					.param(Base64.getEncoder().encodeToString(random))
					.param(OffsetDateTime.now(ZoneOffset.UTC))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another node stored its key first; use that one.
			}
			stored = read();
		}
		return Base64.getDecoder().decode(stored.orElseThrow());
	}

	private Optional<String> read() {
		return this.jdbc.sql("SELECT secret FROM app_secret WHERE name = ?").param(NAME).query(String.class).optional();
	}

}
