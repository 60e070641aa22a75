package id.kinerja.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account in the database, so that every app node sees the
 * same wait and lock. Kept outside the account aggregate on purpose: a failed sign-in is
 * not a change of business data and must not bump the account's version.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	record AccountState(long userId, long agencyId, boolean enabled, @Nullable Instant lockedUntil) {

		long secondsLeft(Instant now) {
			if (this.lockedUntil == null || !this.lockedUntil.isAfter(now)) {
				return 0;
			}
			return Math.max(1, Duration.between(now, this.lockedUntil).toMillis() / 1000 + 1);
		}

	}

	Optional<AccountState> state(String username) {
		return this.jdbc.sql("SELECT id, agency_id, enabled, locked_until FROM user_account WHERE username = ?")
			.param(username)
			.query((rs, row) -> {
				OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
				return new AccountState(rs.getLong("id"), rs.getLong("agency_id"), rs.getBoolean("enabled"),
						(locked != null) ? locked.toInstant() : null);
			})
			.optional();
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Count a wrong password and return the wait it imposes, zero if none. */
	@Transactional
	Duration recordFailure(long userId) {
		Integer failures = this.jdbc.sql("SELECT failed_attempts FROM user_account WHERE id = ? FOR UPDATE")
			.param(userId)
			.query(Integer.class)
			.optional()
			.orElse(0);
		int count = failures + 1;
		Duration wait = waitAfter(count);
		Instant lockedUntil = wait.isZero() ? null : now().plus(wait);
		this.jdbc.sql("UPDATE user_account SET failed_attempts = ?, locked_until = ? WHERE id = ?")
			.param(count)
			.param((lockedUntil != null) ? lockedUntil.atOffset(ZoneOffset.UTC) : null)
			.param(userId)
			.update();
		return wait;
	}

	Duration waitAfter(int failures) {
		if (failures >= this.properties.lockAfter()) {
			return this.properties.lockDuration();
		}
		if (failures < this.properties.freeAttempts()) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - this.properties.freeAttempts(), 20);
		Duration wait = this.properties.baseDelay().multipliedBy(1L << doublings);
		return (wait.compareTo(this.properties.lockDuration()) > 0) ? this.properties.lockDuration() : wait;
	}

	@Transactional
	void recordSuccess(long userId) {
		this.jdbc.sql(
				"UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND (failed_attempts <> 0 OR locked_until IS NOT NULL)")
			.param(userId)
			.update();
	}

}
