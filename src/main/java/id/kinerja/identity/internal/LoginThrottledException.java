package id.kinerja.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Refuses a sign-in while the account waits after repeated wrong passwords. */
public class LoginThrottledException extends AuthenticationException {

	private final long retryAfterSeconds;

	LoginThrottledException(long retryAfterSeconds) {
		super("sign-in throttled");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
