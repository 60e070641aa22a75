package id.kinerja.identity.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kinerja.employee.AssignmentChanged;
import id.kinerja.identity.KinerjaUser;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The principal of a bearer request, kept for a short while. Working the account out
 * afresh (the account, its grants, the reporting lines for the derived roles) took half a
 * dozen queries on every API call; now each call asks only the account's version, so that
 * a disabled account, a changed grant or password takes effect at once on every node
 * (each of them saves the {@code UserAccount} aggregate, roles included, which bumps its
 * version; a change made by plain SQL must bump it too), while the roles that follow from
 * the post held or a reporting override may lag by up to the TTL (and are dropped on this
 * node whenever an assignment changes). A TTL of zero turns it off.
 */
@Component
class BearerUsers {

	private record Stamp(long id, long version, boolean enabled) {
	}

	private record Entry(KinerjaUser user, Stamp stamp) {
	}

	private final AccountUserDetailsService users;

	private final JdbcClient jdbc;

	private final @Nullable Cache<String, Entry> cache;

	BearerUsers(AccountUserDetailsService users, JdbcClient jdbc,
			@Value("${kinerja.security.bearer-user-ttl:PT10S}") Duration ttl,
			@Value("${kinerja.security.bearer-user-max:10000}") long max) {
		this.users = users;
		this.jdbc = jdbc;
		this.cache = (ttl.isZero() || ttl.isNegative()) ? null
				: Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(max).build();
	}

	/** Return the account's principal, its credentials erased. */
	KinerjaUser load(String username) {
		String key = username.strip();
		if (this.cache == null) {
			return fresh(key);
		}
		// Read before the account, so that a change in between only makes the next call
		// load it again. The id and the enabled flag too: an account re-created under the
		// same name starts at version 0 again, and a flag set by plain SQL keeps the
		// version.
		Stamp stamp = this.jdbc.sql("SELECT id, version, enabled FROM user_account WHERE username = ?")
			.param(key)
			.query((rs, row) -> new Stamp(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
			.optional()
			.orElse(null);
		if (stamp == null) {
			this.cache.invalidate(key);
			throw new UsernameNotFoundException("unknown account");
		}
		Entry entry = this.cache.getIfPresent(key);
		if (entry != null && entry.stamp().equals(stamp)) {
			return entry.user();
		}
		KinerjaUser user = fresh(key);
		this.cache.put(key, new Entry(user, stamp));
		return user;
	}

	private KinerjaUser fresh(String username) {
		KinerjaUser user = this.users.loadUserByUsername(username);
		user.eraseCredentials();
		return user;
	}

	/** Drop every principal: a post changed hands, so derived roles may have too. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(AssignmentChanged changed) {
		clear();
	}

	/** Drop every principal kept. */
	void clear() {
		if (this.cache != null) {
			this.cache.invalidateAll();
		}
	}

}
